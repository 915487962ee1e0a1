<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AIGC Studio</name>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="191"/>
        <source> (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="497"/>
        <source> (quality check off: {error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="451"/>
        <source> (saved by {saved} process(es), resumed on {now}: batches differ from an uninterrupted run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="149"/>
        <source> (used by {users})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="765"/>
        <source> ({note})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="171"/>
        <source> Left out: {files}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="177"/>
        <source> characters a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="126"/>
        <source> fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="68"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="145"/>
        <location filename="../../aigc_studio/media/tts.py" line="94"/>
        <location filename="../../aigc_studio/quick/pipeline.py" line="131"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="118"/>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="119"/>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="248"/>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="188"/>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="842"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="544"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="406"/>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="223"/>
        <source> · about {time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="45"/>
        <source> · classes {classes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_paint.py" line="102"/>
        <location filename="../../aigc_studio/ui/timeline_paint.py" line="108"/>
        <source> · loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="187"/>
        <source> · up to {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="87"/>
        <source> · {count} not narrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="84"/>
        <source> · {count} out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="81"/>
        <source> · {count} recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="396"/>
        <source> · {duration} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="278"/>
        <source> · {excess} too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="394"/>
        <source> · {rate:.0f} img/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="26"/>
        <source>%d %b %H:%M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="341"/>
        <source>&amp;About AIGC Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="105"/>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="259"/>
        <source>&amp;Collect Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="284"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="214"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="322"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="333"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/language_menu.py" line="37"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="217"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="233"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="277"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="289"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="243"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="299"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="285"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="306"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="325"/>
        <source>&amp;Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/command_base.py" line="169"/>
        <source>&apos;{step}&apos; cannot be undone: it was not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/document.py" line="79"/>
        <source>&apos;{step}&apos; edits another project than this document&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/command_base.py" line="161"/>
        <source>&apos;{step}&apos; is already applied; undo it before redoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="238"/>
        <source>0% invisible, 100% covers the tracks below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="815"/>
        <source>1 keyframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="570"/>
        <source>1 keyframe very close to training images and may copy them: {places}. The export goes on; check it before you publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="600"/>
        <source>1 media file could not be collected because it is missing: {names}. Use Find files… to relink it, then Collect Files again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="163"/>
        <source>1 media file is missing ({names}); its clips stay silent or blank until relinked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="731"/>
        <source>1 recovery copy could not be read and was skipped: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="70"/>
        <source>60-second short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/dataset.py" line="49"/>
        <location filename="../../aigc_studio/gan/directions.py" line="257"/>
        <location filename="../../aigc_studio/ui/export_panel.py" line="560"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="464"/>
        <source>; conditional on {labels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="456"/>
        <source>; started from {name} (step {step})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="53"/>
        <source>&lt;b&gt;AIGC Studio did not close properly last time.&lt;/b&gt;&lt;br&gt;These projects had changes that were not saved. Restore one to continue where you left off; Save then writes it to its project folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="96"/>
        <source>A bigger model learns more but takes longer without a GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="533"/>
        <source>A clip has no media file; relink it to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="482"/>
        <source>A clip has no model; pick a model for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="246"/>
        <source>A conditional model: Explore lets you choose each label&apos;s class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="204"/>
        <source>A draft renders faster at half the width and height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="137"/>
        <source>A face from a seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="119"/>
        <source>A face from the model speaks the narration: its mouth follows the voice&apos;s loudness, it blinks and sways a little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="321"/>
        <source>A face model is a .safetensors file; choose one with Browse….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="224"/>
        <source>A face that speaks the narration (数字人): over the whole frame or in a corner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="189"/>
        <source>A face that speaks the narration, full frame or in a corner (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="149"/>
        <source>A hardware encoder is faster; the list shows the ones that work on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="198"/>
        <source>A healthy run keeps both losses bounded; neither should reach 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/quick/pipeline.py" line="130"/>
        <source>A quick short is written in {languages}, not {lang!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/parse.py" line="120"/>
        <source>A scene in the writer&apos;s JSON is {item!r:.30}, not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/parse.py" line="185"/>
        <source>A scene&apos;s line is {chars} characters, too long to say in one scene (at most {limit}); try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/structures.py" line="423"/>
        <source>A short needs at least {seconds:g} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="41"/>
        <source>A vertical MP4 for Douyin, TikTok, Shorts, Reels or Bilibili, at the loudness platforms expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/talking.py" line="218"/>
        <source>A virtual host needs a model without classes (unconditional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="213"/>
        <source>A visible “AI生成 / AI-generated” mark in a corner and a statement in the file&apos;s metadata, as platforms and the rules on AI-generated content ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="160"/>
        <source>AAC stereo at 48 kHz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="226"/>
        <source>AI label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/about.py" line="25"/>
        <source>AIGC Studio is released under the MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="555"/>
        <source>AIGC Studio project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/about.py" line="45"/>
        <source>About AIGC Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="142"/>
        <source>Add a recording at the playhead on the narration track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="171"/>
        <source>Add a scene at the end of the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="149"/>
        <source>Add a sound at the playhead on the effects track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="799"/>
        <source>Add as new clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="86"/>
        <source>Add caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="86"/>
        <source>Add clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="176"/>
        <source>Add host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="130"/>
        <source>Add images, video or sound at the playhead (sound goes on the music track; the arrow puts it on narration or effects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="152"/>
        <source>Add keyframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="178"/>
        <source>Add more scripts: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="171"/>
        <source>Add scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="73"/>
        <source>Add script files to learn from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="73"/>
        <source>Add scripts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="211"/>
        <source>Add the face in the preview as the next keyframe of the walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="153"/>
        <source>Add the face in the preview as the walk&apos;s next keyframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="243"/>
        <source>Add the walk as a new clip on the video track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="242"/>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="799"/>
        <source>Add to timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/host_commands.py" line="44"/>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="110"/>
        <source>Add virtual host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="188"/>
        <source>Add virtual host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="145"/>
        <source>Add your scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="533"/>
        <source>Added a {length:g} s walk at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="107"/>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="215"/>
        <source>After the last keyframe walk back to the first, so the clip repeats seamlessly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="36"/>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="598"/>
        <source>All media is inside the project folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="210"/>
        <source>All segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="82"/>
        <source>Also learn from this project&apos;s script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="66"/>
        <source>An audio file: WAV, MP3, M4A, FLAC, OGG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/about.py" line="54"/>
        <source>An offline studio for short-video creators: train a small GAN on your own images, explore its faces, write a script and export vertical shorts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="117"/>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/quick/pipeline.py" line="145"/>
        <source>Ask for at least one variant, not {variants}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="245"/>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="36"/>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="162"/>
        <source>Audio bitrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="187"/>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="249"/>
        <source>Auto (1 s in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="70"/>
        <source>Auto (hardware when available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="711"/>
        <source>Autosave could not write a recovery copy ({reason}); save the project to keep your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="97"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="305"/>
        <source>Back to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="121"/>
        <source>Back to generated voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="126"/>
        <source>Back to the model&apos;s names, order and ranges, all shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="102"/>
        <source>Back: undo “{move}” ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/sample.py" line="49"/>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="92"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="238"/>
        <source>Beside the MP4: a frame of the video with the project&apos;s name on it, for the platform&apos;s cover picker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="229"/>
        <source>Beside the MP4: the captions as SRT, and a title, description and hashtags from the script for the upload form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="67"/>
        <source>Big yellow (variety show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="80"/>
        <source>Bilibili</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="192"/>
        <source>Blend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="138"/>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="119"/>
        <source>Blend the face on screen towards this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="770"/>
        <source>Blend {percent}% with face B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="72"/>
        <location filename="../../aigc_studio/ui/export_panel.py" line="99"/>
        <source>Bottom left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="73"/>
        <location filename="../../aigc_studio/ui/export_panel.py" line="100"/>
        <source>Bottom right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="143"/>
        <source>Bring the mix to the loudness target on export; platforms turn loud videos down and leave quiet ones quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/widgets.py" line="92"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/about.py" line="75"/>
        <source>Built with PySide6 {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="49"/>
        <source>Built-in structures (instant, offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="131"/>
        <source>Built-in structures work instantly and offline; a local LLM server or your own text model write in their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="133"/>
        <source>CRF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/device.py" line="25"/>
        <source>CUDA was requested but no CUDA GPU is available (use --device cpu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="285"/>
        <location filename="../../aigc_studio/ui/script_narration.py" line="181"/>
        <location filename="../../aigc_studio/ui/script_writer.py" line="234"/>
        <location filename="../../aigc_studio/ui/train_panel.py" line="141"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="743"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="745"/>
        <source>Cancelled at step {step}; model saved to {path}{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="431"/>
        <source>Cancelled before training started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="231"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="366"/>
        <source>Cancelling training: saving a checkpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="536"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="837"/>
        <source>Cannot add this face to the walk: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="369"/>
        <source>Cannot create the folder {folder} ({reason}); choose another place to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="853"/>
        <source>Cannot edit this walk: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="265"/>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="469"/>
        <location filename="../../aigc_studio/ui/main_window.py" line="505"/>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="761"/>
        <source>Cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="573"/>
        <source>Cannot save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="92"/>
        <source>Cannot save to {folder}: a file has that name; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="672"/>
        <source>Cannot search for the missing files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="95"/>
        <source>Cannot write the zip inside the project folder {folder}; choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="89"/>
        <location filename="../../aigc_studio/ui/script_panel.py" line="64"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/about.py" line="32"/>
        <source>Caption font: Noto Sans CJK SC (subset), SIL Open Font License 1.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="192"/>
        <location filename="../../aigc_studio/ui/timeline_style.py" line="116"/>
        <source>Captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="231"/>
        <source>Captions go on the timeline at their scene&apos;s time; after Generate narration they follow the speech.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/sound_commands.py" line="40"/>
        <source>Change caption settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="637"/>
        <source>Change class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="179"/>
        <source>Change clip length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="352"/>
        <source>Change clip properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/sound_commands.py" line="20"/>
        <source>Change sound settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/host_commands.py" line="132"/>
        <source>Change virtual host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/voice_commands.py" line="25"/>
        <source>Change voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="350"/>
        <source>Change {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="255"/>
        <source>Checking encoders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="253"/>
        <source>Checking for hardware encoders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/preview.py" line="486"/>
        <source>Checking the face against training images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/peak_hold.py" line="33"/>
        <source>Checking the peaks of the encoded sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/tasks.py" line="192"/>
        <source>Checking the video encoders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="185"/>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="209"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="291"/>
        <source>Choose a face model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="211"/>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="95"/>
        <source>Choose a text model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="73"/>
        <source>Choose a text model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="68"/>
        <source>Choose the music to sync to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="181"/>
        <source>Choose the output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="313"/>
        <source>Choose where to save the video (Save as).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="230"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="365"/>
        <source>Class {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="120"/>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="170"/>
        <source>Click to evolve this child; right-click for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="151"/>
        <source>Click to start from this face; right-click for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="92"/>
        <source>Clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="164"/>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="327"/>
        <source>Clip properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="266"/>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="125"/>
        <location filename="../../aigc_studio/ui/welcome.py" line="104"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="281"/>
        <source>Close AIGC Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="125"/>
        <source>Close this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="266"/>
        <source>Close this window (stops a running short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="187"/>
        <source>Colour the words as they are spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/features.py" line="151"/>
        <source>Computing features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="128"/>
        <source>Constant quality: 18 looks lossless, 23 is x264&apos;s default; each step of 6 about halves the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/about.py" line="15"/>
        <source>Contains images from Cartoon Set (https://google.github.io/cartoonset/) by Google LLC, licensed under CC BY 4.0. Images were cropped, downscaled to 64x64 and re-encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clipboard.py" line="122"/>
        <source>Copied clip {number} is not valid ({error}); copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clipboard.py" line="114"/>
        <source>Copied item {number} is not a clip AIGC Studio knows; copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_edit.py" line="130"/>
        <source>Copied {count} clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_edit.py" line="130"/>
        <source>Copied {count} clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="174"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="174"/>
        <source>Copy the selected clips (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="37"/>
        <source>Copy, cut, paste at the playhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="520"/>
        <source>Could not copy the sample project: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="789"/>
        <source>Could not delete the recovery copy {folder} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="257"/>
        <source>Could not import {name} ({reason}); check there is free space in {folder} and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="204"/>
        <source>Could not open {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="753"/>
        <source>Could not read {name}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="357"/>
        <source>Could not read {path} ({reason}); check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="164"/>
        <source>Could not remove {name}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="202"/>
        <source>Could not restore {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="800"/>
        <source>Could not save the favourite: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="129"/>
        <source>Could not save the project to {folder} ({reason}); check there is free space and that you may write there, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="200"/>
        <source>Could not save the project to {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/llm.py" line="152"/>
        <source>Could not talk to the LLM server at {url} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="141"/>
        <source>Could not write {path} ({reason}); check there is free space and that you may write there, or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="255"/>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="237"/>
        <source>Cover image (.cover.jpg) with the title, at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_meta.py" line="33"/>
        <source>Cover text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="64"/>
        <source>Crossfade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="189"/>
        <location filename="../../aigc_studio/ui/export_panel.py" line="196"/>
        <source>Custom (see Advanced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="64"/>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="110"/>
        <source>DCGAN (paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="58"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/about.py" line="60"/>
        <source>Default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="184"/>
        <source>Default {lang} voice (eSpeak NG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="158"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="161"/>
        <location filename="../../aigc_studio/ui/timeline_view.py" line="389"/>
        <source>Delete clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="153"/>
        <source>Delete this favourite&apos;s PNG and latent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="75"/>
        <source>Delete this recovery copy; the project folder is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_edit.py" line="103"/>
        <source>Delete {count} clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="105"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="51"/>
        <source>Direction {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="74"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/loss_plot.py" line="26"/>
        <source>Discriminator (violet) and generator (orange) loss per logged step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="293"/>
        <source>Do the edit you took back again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="414"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="588"/>
        <source>Done! Your short is ready: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="160"/>
        <source>Double-click a cell to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="243"/>
        <source>Double-click a name to rename it; right-click for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="76"/>
        <location filename="../../aigc_studio/ui/script_panel.py" line="70"/>
        <source>Douyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="70"/>
        <source>Draft (half size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="69"/>
        <source>Drag clips to move them and their edges to trim; S splits at the playhead, Delete removes, Shift+Delete closes the gap. Space plays; J plays backwards, K stops, L plays (J or L again: faster). Double-click a walk to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_view.py" line="79"/>
        <source>Drag clips to move them, their edges to trim; click the ruler to move the playhead. S splits, Delete removes, Shift+Delete closes the gap, Ctrl+C/X/V copy, cut and paste; hold Alt while dragging to turn snapping off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="25"/>
        <source>Drag the sliders and watch the face change; keep faces and turn them into latent walks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="146"/>
        <source>Drag to change the face live; right-click for slider options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_view.py" line="86"/>
        <source>Drag to move or trim (Alt: no snapping), S split, Delete remove, Shift+Delete ripple delete, Ctrl+wheel zoom; double-click a walk to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/preview_player.py" line="127"/>
        <source>Drag to scrub through the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="61"/>
        <source>Drag towards B to blend the current face with face B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="122"/>
        <source>Drop the selected scene&apos;s recording; the next Generate narration speaks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="218"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="64"/>
        <source>Duration s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="69"/>
        <source>Ease in (speed up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="68"/>
        <source>Ease in and out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="70"/>
        <source>Ease out (slow down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="223"/>
        <source>Easing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/command_base.py" line="151"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="209"/>
        <source>Edit clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="181"/>
        <location filename="../../aigc_studio/ui/timeline_view.py" line="384"/>
        <source>Edit in Explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="257"/>
        <source>Edit script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="325"/>
        <source>Edit script details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="209"/>
        <source>Edit walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="349"/>
        <source>Editing the walk at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="808"/>
        <source>Editing the walk at {time} on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_style.py" line="119"/>
        <source>Effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_canvas.py" line="62"/>
        <source>Empty timeline: add a walk in Explore, write scenes in Script, or import media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="156"/>
        <source>Encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="405"/>
        <source>Encoding frame {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="29"/>
        <source>Every 2nd beat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="30"/>
        <source>Every 4th beat (one bar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="28"/>
        <source>Every beat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="337"/>
        <source>Every key the studio answers to, by area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="149"/>
        <location filename="../../aigc_studio/ui/main_window.py" line="91"/>
        <source>Explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="147"/>
        <source>Explore direction {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="24"/>
        <source>Explore faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="91"/>
        <source>Explore faces with sliders and build latent walks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="149"/>
        <source>Explore the model this run trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="167"/>
        <location filename="../../aigc_studio/ui/export_panel.py" line="281"/>
        <location filename="../../aigc_studio/ui/export_panel.py" line="524"/>
        <location filename="../../aigc_studio/ui/main_window.py" line="94"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="40"/>
        <source>Export a short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="599"/>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="482"/>
        <source>Export video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="149"/>
        <source>Exported {count} files to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/quick/pipeline.py" line="61"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="519"/>
        <source>Exporting {duration} of video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="546"/>
        <source>Exporting… {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="159"/>
        <source>Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="73"/>
        <source>Face A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="48"/>
        <source>Face A: the face you are exploring (where the blend starts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="74"/>
        <source>Face B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="89"/>
        <source>Face B can also come from a grid or the favourites: right-click a face there and choose “Use as face B”. Each blend you let go of is one step back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="732"/>
        <source>Face B set: drag the blend slider to mix it into the face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="50"/>
        <source>Face B: the face to blend towards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="209"/>
        <source>Face model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="293"/>
        <source>Face models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="250"/>
        <source>Fade in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="251"/>
        <source>Fade out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="119"/>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="88"/>
        <source>Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="84"/>
        <source>Favourites you keep with ★ appear here. Click one to go back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="181"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="59"/>
        <source>Fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="150"/>
        <source>Find a face: drag the sliders, pick from a grid, breed children or blend two faces. Keep favourites, add faces as keyframes of a walk and put the walk on your video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_beats.py" line="77"/>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="83"/>
        <source>Find beats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="141"/>
        <source>Find files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="653"/>
        <source>Find missing files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="640"/>
        <source>Find the missing media files in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="620"/>
        <source>Finding beats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="619"/>
        <source>Finding the beats of {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/preview.py" line="395"/>
        <source>Finding the model&apos;s latent directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/talking.py" line="220"/>
        <location filename="../../aigc_studio/gan/talking.py" line="235"/>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="226"/>
        <source>Finding the mouth in the model&apos;s faces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="123"/>
        <source>Fine-tune the shipped face model instead of starting from noise: a few hundred face-like images give good faces far sooner. Uses its 64 px size and width.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="743"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="749"/>
        <source>Finished at step {step}; model saved to {path}{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="414"/>
        <source>Finishing the MP4 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="59"/>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="198"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="226"/>
        <source>Fit: the whole picture; Fill: crop to the frame; Ken Burns: fill and zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="145"/>
        <source>Fitted to the face (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="82"/>
        <source>Folder of PNG / JPEG images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="215"/>
        <source>Folder of training images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="107"/>
        <source>Forget these projects (their folders are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="209"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="106"/>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="112"/>
        <source>Forward: redo “{move}” ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="119"/>
        <source>Frame height (even)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="127"/>
        <source>Frame rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="125"/>
        <source>Frame size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="111"/>
        <source>Frame size, rate, quality, encoder and audio bitrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="118"/>
        <source>Frame width (even)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/preview_player.py" line="318"/>
        <source>Frames dropped in this playback: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="126"/>
        <source>Frames per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="224"/>
        <source>Framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="67"/>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="106"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="80"/>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="55"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="78"/>
        <source>Full frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="259"/>
        <source>Full frame, or small in a corner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="70"/>
        <source>Full quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/oom.py" line="61"/>
        <source>GPU memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="249"/>
        <source>Gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="36"/>
        <source>Generate narration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/structures.py" line="407"/>
        <source>Give the script a topic first, e.g. “how a GAN learns faces”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/quick/pipeline.py" line="127"/>
        <source>Give the short a topic first, e.g. “how a GAN learns faces”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="268"/>
        <source>Give this slider a name that says what it changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="90"/>
        <source>Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="821"/>
        <source>Go back to a favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="130"/>
        <source>Go back to this face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="171"/>
        <source>Go on with this run on the CPU: slower, but it has the memory the GPU lacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="107"/>
        <source>H.264 (yuv420p) needs an even frame size, got {width}x{height}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="266"/>
        <source>Hardware: {encoders}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_meta.py" line="32"/>
        <source>Hashtags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="142"/>
        <source>Hear the selected scene&apos;s line in this voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="145"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="145"/>
        <source>Hide this bar; the files stay missing until found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="297"/>
        <source>Hide this slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="88"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="198"/>
        <source>Higher quality makes a larger file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="145"/>
        <source>Hold training after this step; Resume goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_meta.py" line="31"/>
        <source>Hook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="232"/>
        <source>How far Ken Burns zooms in by the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="37"/>
        <source>How far children stray from their parent: each is √(1−s²)·parent + s·noise, so 0 is the parent itself and 100% a stranger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="158"/>
        <source>How far the mouth moves on the loudest sound (0: still)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="160"/>
        <source>How far the music drops while the narration speaks; 0 dB keeps it level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="257"/>
        <source>How far the virtual host&apos;s mouth moves on the loudest sound (0: still)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="275"/>
        <source>How far this slider goes each way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="137"/>
        <source>How high the voice is: 0 low, 50 normal, 100 high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="215"/>
        <source>How long the clip plays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="195"/>
        <source>How long the short is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="119"/>
        <source>How long the short should be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="189"/>
        <source>How long the walk lasts in the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="65"/>
        <source>How long to wait for the server before giving up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="73"/>
        <source>How many beats apart the keyframes are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="71"/>
        <source>How often unsaved changes are kept as a recovery copy (your project file is not touched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="241"/>
        <source>How the clip enters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="203"/>
        <source>How the selected keyframe&apos;s face moves on to the next one; with none selected, every segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="87"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="50"/>
        <location filename="../../aigc_studio/ui/train_panel.py" line="84"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="97"/>
        <source>Images are centre-cropped and resized to this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="91"/>
        <source>Images per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="186"/>
        <location filename="../../aigc_studio/ui/media_import.py" line="204"/>
        <source>Import media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="127"/>
        <source>Import media…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="141"/>
        <source>Import narration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="148"/>
        <source>Import sound effect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="240"/>
        <source>Import {count} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="247"/>
        <source>Imported {count} file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="247"/>
        <source>Imported {count} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="411"/>
        <source>Imported {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="469"/>
        <source>In the quality metric&apos;s feature space this face is closer to a training image than {threshold:.2f}, nearer than 99% of the training images are to each other. Check it against the original before you publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/tasks.py" line="141"/>
        <source>Indexing the training images for the copy check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="175"/>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="175"/>
        <source>Insert a blank scene above the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="79"/>
        <source>Instagram Reels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="133"/>
        <source>Integrated loudness (ITU-R BS.1770) and true peak of the timeline&apos;s mix, and what the exported file will measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="199"/>
        <source>Join the scene with the one after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/quality.py" line="86"/>
        <source>KID needs at least 2 real and 2 generated samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train_quality.py" line="81"/>
        <source>KID {kid:.3f} · precision {precision:.2f} · recall {recall:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="186"/>
        <source>Karaoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="77"/>
        <source>Keep a recovery copy every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="196"/>
        <source>Keep at least one slider shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="79"/>
        <source>Keep the copies and ask again at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="82"/>
        <source>Keep the face on screen as face B, then explore on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="120"/>
        <source>Keep this face in your favourites (a PNG plus its latent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="59"/>
        <source>Ken Burns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="302"/>
        <source>Ken Burns zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="804"/>
        <source>Kept {name} in your favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="70"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="210"/>
        <source>Keyframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="843"/>
        <source>Keyframe {count} added to the walk (Walk tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_strip.py" line="62"/>
        <source>Keyframes in time order: drag a face to retime it, Delete removes the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="74"/>
        <source>Keyframes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="75"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="69"/>
        <source>LLM model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="68"/>
        <source>LLM server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="212"/>
        <source>Label as AI-generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="82"/>
        <source>Landscape 16:9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="176"/>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="55"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="303"/>
        <source>Language, theme, recovery copies and voices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="86"/>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="132"/>
        <source>Latent walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="70"/>
        <source>Latents are standard normal: ±3 covers almost every face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="79"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="187"/>
        <source>Latest samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/quick/pipeline.py" line="60"/>
        <source>Laying out faces and music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="243"/>
        <source>Learn the classes in {file} ({names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="191"/>
        <source>Learning from {scripts} scripts ({chars:,} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="76"/>
        <source>Leave the selected files out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="215"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="197"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/about.py" line="69"/>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="58"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="64"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="67"/>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="193"/>
        <source>Linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="96"/>
        <source>Listening to the narration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="149"/>
        <source>Load into Explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="315"/>
        <source>Load model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="142"/>
        <source>Load model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="345"/>
        <source>Loaded model {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="435"/>
        <source>Loaded {count} images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="433"/>
        <source>Loaded {count} images from the run&apos;s image cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="331"/>
        <source>Loading images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="70"/>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="309"/>
        <source>Loading model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="177"/>
        <source>Loading the default face model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/preview.py" line="361"/>
        <source>Loading {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="310"/>
        <source>Loading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="50"/>
        <source>Local LLM server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="179"/>
        <source>Longest caption line in Latin characters (a Chinese character counts two); 0 keeps the style&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/relink.py" line="101"/>
        <source>Looked at {count} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="648"/>
        <source>Looking for {count} missing file(s) in {folder}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="252"/>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="213"/>
        <source>Loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="193"/>
        <source>Losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/loss_plot.py" line="60"/>
        <source>Losses appear here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="138"/>
        <source>Loudness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="249"/>
        <source>Loudness change in decibels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="247"/>
        <source>Loudness of the video file&apos;s own sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="152"/>
        <source>Loudness target: -14 LUFS is what short-video platforms use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="158"/>
        <source>Lower for more typical faces, higher for bolder ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="482"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="300"/>
        <source>MP4 video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/device.py" line="27"/>
        <source>MPS was requested but Apple&apos;s Metal backend is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="416"/>
        <source>Made 1 video in {time}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="416"/>
        <source>Made {count} videos in {time}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="201"/>
        <source>Make a latent walk from keyframe faces, time and preview it, put it on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="97"/>
        <source>Make a short from an idea…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="257"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="383"/>
        <source>Make my short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="112"/>
        <source>Make this face the face on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="131"/>
        <source>Make this favourite the face on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="377"/>
        <source>Making “{topic}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/mix.py" line="529"/>
        <source>Measuring loudness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/sound_tasks.py" line="25"/>
        <location filename="../../aigc_studio/media/mix.py" line="390"/>
        <location filename="../../aigc_studio/ui/export_sound.py" line="291"/>
        <source>Measuring the mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="59"/>
        <source>Measuring the mix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="49"/>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="72"/>
        <source>Menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="199"/>
        <source>Merge with next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="56"/>
        <source>Mix face A with face B: left is A, right is B. The latents are mixed spherically, so faces in between stay sharp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="200"/>
        <source>Mix the current face with a second face B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="81"/>
        <source>Mix: {lufs:.1f} LUFS, peak {peak:.1f} dBTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/player.py" line="356"/>
        <source>Mixing the preview&apos;s sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/mix.py" line="475"/>
        <source>Mixing the sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="99"/>
        <source>Model size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="315"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="92"/>
        <source>More steps learn more; 2,000 take a few minutes on a CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="162"/>
        <source>Mouth direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="255"/>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="163"/>
        <source>Mouth strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="147"/>
        <location filename="../../aigc_studio/project/edit_commands.py" line="93"/>
        <source>Move clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="121"/>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="289"/>
        <location filename="../../aigc_studio/ui/script_panel.py" line="187"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="127"/>
        <source>Move or trim the host and the narration on the timeline as you like afterwards: the mouth keeps to the voice heard at each moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="197"/>
        <source>Move the face along the model&apos;s directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="142"/>
        <source>Move the face along “{name}” ({low:g} to {high:g})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="183"/>
        <source>Move the selected scene one place earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="187"/>
        <source>Move the selected scene one place later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="121"/>
        <source>Move the selected slider one place down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="117"/>
        <source>Move the selected slider one place up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="290"/>
        <source>Move this slider one place down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="282"/>
        <source>Move this slider one place up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="117"/>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="281"/>
        <location filename="../../aigc_studio/ui/script_panel.py" line="183"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="39"/>
        <source>Move without snapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="93"/>
        <source>Move {count} clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="601"/>
        <source>Move {slider}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_style.py" line="118"/>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="69"/>
        <source>Music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="91"/>
        <source>Music to sync to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="157"/>
        <source>Music under voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="178"/>
        <source>Mutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="51"/>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="72"/>
        <source>My text model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="106"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="98"/>
        <source>Name the directions after what they do to the face, hide the ones you do not use, and order them. Saved for this model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/quick/pipeline.py" line="59"/>
        <source>Narrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/narration.py" line="84"/>
        <source>Narrating scene {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="186"/>
        <location filename="../../aigc_studio/ui/script_panel.py" line="64"/>
        <location filename="../../aigc_studio/ui/timeline_style.py" line="117"/>
        <source>Narration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="231"/>
        <source>Narration cancelled; the script is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/narration.py" line="92"/>
        <source>Narration done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts.py" line="93"/>
        <source>Narration speaks {languages}, not {lang!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/about.py" line="34"/>
        <source>Narration voice: eSpeak NG, GNU GPL v3 or later (source: https://github.com/espeak-ng/espeak-ng), loaded as a separate library from the espeakng-loader package. ONNX Runtime (MIT) runs Piper voices you add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="75"/>
        <source>Narration: {count} scene, {seconds:.1f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="77"/>
        <source>Narration: {count} scenes, {seconds:.1f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="107"/>
        <source>Network width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="106"/>
        <source>Network width; smaller trains faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="225"/>
        <source>New Short from &amp;Idea…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="199"/>
        <source>New children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="156"/>
        <source>New faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="453"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="142"/>
        <source>New short from idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="238"/>
        <source>New walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/preview_player.py" line="122"/>
        <source>Next frame (→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="635"/>
        <source>No beats found in {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_edit.py" line="89"/>
        <source>No clip is under the playhead to split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/quick/pipeline.py" line="157"/>
        <source>No face model at {model}; give a .safetensors model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/sources.py" line="310"/>
        <location filename="../../aigc_studio/media/sources.py" line="316"/>
        <source>No frames could be read from {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="268"/>
        <source>No hardware encoder works here; x264 encodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_strip.py" line="149"/>
        <source>No keyframes yet: find a face and press Add keyframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/llm.py" line="139"/>
        <source>No local LLM server at {url}; start Ollama/llama.cpp/LM Studio or switch to the built-in writer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="379"/>
        <source>No model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="71"/>
        <source>No narration yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="52"/>
        <source>No narration yet: Generate narration speaks this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="100"/>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/preview_player.py" line="132"/>
        <source>No sound device: playing without sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="284"/>
        <source>No sound device: scene {number}&apos;s line was spoken ({seconds}) but cannot be played on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="51"/>
        <source>No sound on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/own_provider.py" line="53"/>
        <source>No text model at {path}; train one with script-train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="200"/>
        <source>No text model yet: train one with “Train my text model…” or choose a file in Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="250"/>
        <source>No {file} in the folder: one model for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="77"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="141"/>
        <source>Normalise to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="290"/>
        <source>Not enough disk space in the temporary folder {folder} to prepare the sound; free some space there and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="229"/>
        <source>Not enough disk space to export the video to {folder}; free some space (or pick a folder on another disk) and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="122"/>
        <source>Not enough disk space to save the project to {folder}; free some space and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="162"/>
        <source>Not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="98"/>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="316"/>
        <source>Nothing selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="501"/>
        <source>Nothing to export yet: add a walk in Explore or scenes in Script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="56"/>
        <source>Nothing to go to ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="67"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="53"/>
        <source>Ollama: http://127.0.0.1:11434 · llama.cpp server: http://127.0.0.1:8080 · LM Studio: http://127.0.0.1:1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="660"/>
        <source>On the beats of {name}: {tempo}{beats} beats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="33"/>
        <source>One frame back or forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="132"/>
        <source>One row per scene: what we see, the line that is said, the caption on screen (empty: the line), a sound effect and how long it lasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="236"/>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="72"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="268"/>
        <source>Open Sample Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="142"/>
        <source>Open a .safetensors model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="272"/>
        <source>Open a finished example short to look around in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="237"/>
        <source>Open a project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="87"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="248"/>
        <source>Open on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="461"/>
        <source>Open project (a .aigcproj folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="145"/>
        <source>Open the folder holding this favourite&apos;s PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="485"/>
        <source>Open the folder holding this video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="70"/>
        <source>Open the selected copy to go on where you left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="249"/>
        <source>Open variant 1&apos;s project in the studio to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="473"/>
        <source>Opened {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="89"/>
        <source>Optimiser steps; 2000 is a quick run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/oom.py" line="79"/>
        <source>Out of GPU memory {what}; train on the CPU instead (Device: CPU) or close other programs using the GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/generate.py" line="125"/>
        <source>Out of GPU memory: generating on the CPU instead (slower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/oom.py" line="83"/>
        <source>Out of memory {what}; close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="606"/>
        <source>Out of {memory} drawing the samples of step {step}; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="511"/>
        <source>Out of {memory} measuring quality at step {step}; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="663"/>
        <source>Out of {memory}: batch size lowered from {old} to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="69"/>
        <source>Outlined, near the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="174"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="245"/>
        <source>Own sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="177"/>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="177"/>
        <source>Paste at the playhead (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="411"/>
        <source>Paste clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="411"/>
        <source>Paste {count} clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="220"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="145"/>
        <location filename="../../aigc_studio/ui/train_panel.py" line="280"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/preview_player.py" line="199"/>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="49"/>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="117"/>
        <source>Pick
face B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="714"/>
        <source>Pick a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="141"/>
        <source>Pick a folder to look for the missing files in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="138"/>
        <source>Pick a new random seed and jump to its face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="714"/>
        <source>Pick a random face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="52"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="80"/>
        <source>Picture-in-picture, bottom left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="53"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="79"/>
        <source>Picture-in-picture, bottom right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="50"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="82"/>
        <source>Picture-in-picture, top left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="51"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="81"/>
        <source>Picture-in-picture, top right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="91"/>
        <source>Piper voices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="133"/>
        <source>Pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="259"/>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="161"/>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="203"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/preview_player.py" line="121"/>
        <location filename="../../aigc_studio/ui/preview_player.py" line="213"/>
        <source>Play (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="30"/>
        <source>Play backwards (again: 2×, 4×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="32"/>
        <source>Play forwards (again: 2×, 4×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="29"/>
        <source>Play or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="231"/>
        <source>Play the walk here at the video&apos;s frame rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="278"/>
        <source>Playing scene {number}&apos;s line ({seconds})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="192"/>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="231"/>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="599"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="142"/>
        <location filename="../../aigc_studio/ui/script_voice.py" line="262"/>
        <source>Preview line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/preview_player.py" line="120"/>
        <source>Previous frame (←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="102"/>
        <source>Projects you open or save show up here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="87"/>
        <source>Put Piper voices (.onnx + .onnx.json) here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="253"/>
        <source>Put a {file} (filename + whole-number class columns) in the image folder to train a model that draws a chosen class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="167"/>
        <source>Put the keyframes on the beats of a piece of music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="306"/>
        <source>Put this slider back in the middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/about.py" line="27"/>
        <source>PyTorch (BSD-3-Clause), NumPy (BSD-3-Clause), Pillow (MIT-CMU), MoviePy (MIT), imageio-ffmpeg (BSD-2-Clause; bundles FFmpeg under the GPL v3 / LGPL), safetensors (Apache-2.0), platformdirs (MIT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/about.py" line="26"/>
        <source>Qt for Python (PySide6) is used under the LGPL v3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="200"/>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="138"/>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="576"/>
        <source>Random face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="184"/>
        <source>Random faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="63"/>
        <source>Range of “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="123"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="182"/>
        <source>Re-open the selected latent walk in Explore to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_view.py" line="385"/>
        <source>Re-open this walk&apos;s keyframes in Explore to change them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_waveforms.py" line="76"/>
        <source>Read waveforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/dataset.py" line="148"/>
        <source>Reading images {done}/{total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/preview.py" line="416"/>
        <source>Reading the training-image index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="202"/>
        <source>Reading {count} files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="202"/>
        <source>Reading {count} file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="296"/>
        <source>Ready to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="243"/>
        <source>Recording for scene {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="49"/>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="106"/>
        <source>Redo the last explorer move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/relink.py" line="145"/>
        <source>Relink media file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/relink.py" line="145"/>
        <source>Relink {count} media files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="682"/>
        <source>Relinked 1 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="684"/>
        <source>Relinked {count} files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="76"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="125"/>
        <source>Remove clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="152"/>
        <source>Remove from favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="179"/>
        <source>Remove scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="35"/>
        <source>Remove the selected clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="162"/>
        <source>Remove the selected clips (Delete; undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="169"/>
        <source>Remove the selected clips and close the gap (Shift+Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="158"/>
        <source>Remove the selected keyframe (Delete key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="179"/>
        <source>Remove the selected scenes (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="36"/>
        <source>Remove them and close the gap (ripple delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_view.py" line="389"/>
        <source>Remove this clip (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="171"/>
        <source>Removed favourite {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="383"/>
        <source>Removed {scenes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="348"/>
        <source>Rename project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="246"/>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="327"/>
        <source>Rename, hide, reorder and set the range of the sliders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="267"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="94"/>
        <source>Render a vertical MP4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="281"/>
        <source>Render the project to the MP4 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="168"/>
        <source>Render the timeline to a vertical MP4 ready for short-video platforms. You can keep editing while it renders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/preview.py" line="457"/>
        <source>Rendering the grid of faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/player.py" line="318"/>
        <location filename="../../aigc_studio/engine/preview.py" line="474"/>
        <source>Rendering the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="207"/>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="252"/>
        <source>Repeat the sound to fill the clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="73"/>
        <source>Replace the scenes with a script on the topic (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="249"/>
        <source>Replace the timeline clip with this walk (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="125"/>
        <source>Reset all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="98"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="70"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="777"/>
        <source>Restored the unsaved changes of {name}; Save to keep them in a new project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="773"/>
        <source>Restored the unsaved changes of {name}; Save to keep them in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="280"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="447"/>
        <source>Resumed {arch} run at step {step}; {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="168"/>
        <source>Ripple delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="247"/>
        <source>Ripple delete clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="247"/>
        <source>Ripple delete {count} clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="589"/>
        <source>Rolled back from step {bad} to step {good}: {reason}; learning rates lowered to G {lr_g:.2g}, D {lr_d:.2g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="88"/>
        <location filename="../../aigc_studio/ui/train_panel.py" line="261"/>
        <source>Run folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="64"/>
        <source>SFX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/formats.py" line="160"/>
        <source>SRT cue {cue} has a time {stamp!r} that is not hh:mm:ss,mmm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/formats.py" line="184"/>
        <source>SRT cue {number} ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/formats.py" line="180"/>
        <source>SRT cue {number} has no &apos;start --&gt; end&apos; time line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="114"/>
        <source>Same seed, same script; another seed, other phrasings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="214"/>
        <source>Same seed, same short; another seed, other faces and words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="188"/>
        <source>Samples appear after the first step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="251"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="230"/>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="553"/>
        <source>Save project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="440"/>
        <source>Save the changes to “{name}” first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="102"/>
        <source>Save the model as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="247"/>
        <source>Save the project to its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="255"/>
        <source>Save the project under a new name or in a new place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="300"/>
        <source>Save the short as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="156"/>
        <source>Save the text model as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="263"/>
        <source>Save, copying media from elsewhere on disk into the project&apos;s assets folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="579"/>
        <source>Saved {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="395"/>
        <source>Scene moved to place {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="366"/>
        <source>Scene {number} added: type its line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="282"/>
        <source>Scene {number} goes back to the generated voice: Generate narration to speak it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="373"/>
        <source>Scene {number} inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="419"/>
        <source>Scene {number} split in two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="264"/>
        <source>Scene {number} uses your recording ({seconds:.1f} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="33"/>
        <source>Scenes with shots, lines and sound effects, written for you from a topic, then voiced and captioned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="430"/>
        <source>Scenes {first} and {second} merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/attribute_classifier.py" line="251"/>
        <source>Scoring generated faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="92"/>
        <location filename="../../aigc_studio/ui/script_panel.py" line="131"/>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/llm.py" line="74"/>
        <location filename="../../aigc_studio/script/own_provider.py" line="114"/>
        <location filename="../../aigc_studio/script/structures.py" line="461"/>
        <source>Script written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="145"/>
        <source>Scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/structures.py" line="410"/>
        <source>Scripts are written in {langs}, not {lang!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="251"/>
        <source>Seconds to fall to silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="250"/>
        <source>Seconds to rise from silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="93"/>
        <source>See and edit the clips of your video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="128"/>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="160"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="215"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="586"/>
        <source>Seed {seed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="167"/>
        <source>Select a clip to see and change its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="425"/>
        <source>Select a scene that has one after it to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="277"/>
        <source>Select a scene that uses your recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="380"/>
        <source>Select a scene to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="252"/>
        <source>Select a scene with a line to hear it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_edit.py" line="120"/>
        <source>Select the clips to copy first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_edit.py" line="112"/>
        <source>Select the clips to ripple delete first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="400"/>
        <source>Select the scene to split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="239"/>
        <location filename="../../aigc_studio/ui/script_narration.py" line="255"/>
        <source>Select the scene your recording is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="274"/>
        <source>Set range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="44"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="141"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="77"/>
        <source>Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="219"/>
        <source>Several versions to compare (A/B testing), made in turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/quick/pipeline.py" line="385"/>
        <source>Short {number} of {count}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="64"/>
        <source>Shot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="106"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="311"/>
        <source>Show hidden slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="144"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="485"/>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="317"/>
        <source>Show this slider again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="259"/>
        <source>Shows the line: {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="199"/>
        <source>Sixteen other mutations of this face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="156"/>
        <source>Sixteen other random faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="152"/>
        <source>Sixteen random faces. Click one to make it the current face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="198"/>
        <source>Sixteen random faces: click one to start from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="199"/>
        <source>Sixteen small mutations of the current face: click one to evolve it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="207"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="64"/>
        <source>Slide in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="91"/>
        <source>Slider settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="245"/>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="326"/>
        <source>Slider settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="183"/>
        <source>Sliders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="88"/>
        <source>Small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="171"/>
        <source>Small random mutations of the current face. Click the one you like best: it becomes the current face and has children of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="68"/>
        <source>Small, with a soft shadow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="109"/>
        <source>Small-data recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="94"/>
        <source>Small: trains fast, writes rougher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="90"/>
        <location filename="../../aigc_studio/ui/export_sound.py" line="165"/>
        <location filename="../../aigc_studio/ui/media_import.py" line="52"/>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="110"/>
        <source>Sound and captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="240"/>
        <source>Source seconds per timeline second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="162"/>
        <source>Space evenly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="40"/>
        <source>Speak every scene&apos;s line; scene lengths follow the speech (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="267"/>
        <source>Speaking scene {number}&apos;s line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="129"/>
        <source>Speaking speed: 1 × is the voice&apos;s normal pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="192"/>
        <source>Speaking the script&apos;s lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="240"/>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="192"/>
        <source>Spherical (slerp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="195"/>
        <source>Spherical keeps faces in between as sharp as the keyframes; linear cuts across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="191"/>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="157"/>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="34"/>
        <source>Split at the playhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="157"/>
        <source>Split at the playhead (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="188"/>
        <source>Split clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="192"/>
        <source>Split the scene after the sentence the cursor is in (or its first one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="188"/>
        <source>Split {count} clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="64"/>
        <source>Spoken by the project&apos;s voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="162"/>
        <source>Spread the keyframes evenly over the clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="81"/>
        <source>Square 1:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="88"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="95"/>
        <source>Standard: slower on a CPU, writes better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="214"/>
        <location filename="../../aigc_studio/ui/train_panel.py" line="129"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="221"/>
        <source>Start an empty project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="78"/>
        <source>Start at beat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="121"/>
        <source>Start from the default face model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="111"/>
        <source>Start from this face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="137"/>
        <source>Start training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="117"/>
        <source>Start training on these scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="104"/>
        <source>Start with the sample project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="379"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="406"/>
        <source>Step {step} quality: KID {kid:.3f} · precision {precision:.2f} · recall {recall:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="697"/>
        <source>Step {step}/{total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="387"/>
        <source>Step {step}/{total} · loss D {loss_d:.3f} · loss G {loss_g:.3f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="90"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="261"/>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="31"/>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="121"/>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="599"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="141"/>
        <source>Stop after this step and save a checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="238"/>
        <source>Stop editing this clip and start an empty walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="121"/>
        <source>Stop now and keep what was learned so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="261"/>
        <source>Stop now; no unfinished video is left behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="285"/>
        <source>Stop the export; no file is left behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="183"/>
        <source>Stop the voice; the script stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="236"/>
        <source>Stop the writer; the scenes stay as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="443"/>
        <source>Stopped before the short was finished; no unfinished video was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="233"/>
        <source>Stopped early and saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="449"/>
        <source>Stopped. {finished} of {variants} videos were finished before the stop and are kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="209"/>
        <source>Stopping after this step; what was learned is kept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="393"/>
        <source>Stopping at the next step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="826"/>
        <source>Stopping background work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="191"/>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="176"/>
        <source>Style&apos;s line length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="53"/>
        <source>Sync keyframes to beats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="166"/>
        <source>Sync to beats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/language_menu.py" line="25"/>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="52"/>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="58"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="288"/>
        <source>Take back the last edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="298"/>
        <source>Take this slider off the list; Show hidden slider brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/talking.py" line="241"/>
        <source>Talk directions found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="65"/>
        <source>Teach a small face model your own style: choose a folder of images, start, and watch the samples improve. Cancel keeps the last checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="149"/>
        <source>Teach a small text model your own scripts&apos; style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="61"/>
        <source>Teach a small text model your own way of writing: add your past scripts (JSON, SRT, Markdown or plain text, a blank line between scripts). It trains here, on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="218"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="158"/>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="97"/>
        <source>Text models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="803"/>
        <source>That clip is no longer on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="810"/>
        <source>That favourite belongs to another model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="415"/>
        <source>That line has one sentence: there is nothing to split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/llm.py" line="117"/>
        <source>The LLM server at {url} answered HTTP {code} (is the model name right?): {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/llm.py" line="122"/>
        <source>The LLM server at {url} answered HTTP {code}: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/llm.py" line="237"/>
        <source>The LLM server at {url} reported: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/llm.py" line="224"/>
        <source>The LLM server at {url} sent malformed JSON in its stream ({payload!r}); is it an OpenAI-compatible server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/llm.py" line="146"/>
        <source>The LLM server at {url} sent nothing for {seconds:g} seconds; it may still be loading the model. Try again or raise the timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/llm.py" line="231"/>
        <source>The LLM server at {url} sent {payload!r}, not a chat chunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="142"/>
        <source>The LLM server&apos;s address and model, your text model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="228"/>
        <source>The MP4 to write; the project is saved beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts_piper.py" line="120"/>
        <source>The Piper voice file {name} is not a working ONNX model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts_piper.py" line="108"/>
        <source>The Piper voice file {path} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts_piper.py" line="152"/>
        <source>The Piper voice file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts_piper.py" line="88"/>
        <source>The Piper voice settings {file} are missing or have a bad {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts_piper.py" line="94"/>
        <source>The Piper voice settings {file} are not a Piper voice&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts_piper.py" line="67"/>
        <source>The Piper voice settings {file} cannot be read: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts_piper.py" line="187"/>
        <source>The Piper voice {voice} cannot read any of this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts_piper.py" line="207"/>
        <source>The Piper voice {voice} failed to run: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts_piper.py" line="61"/>
        <source>The Piper voice {voice} has no {file} next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="77"/>
        <source>The beat the first keyframe lands on (1 = the first beat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_meta.py" line="29"/>
        <source>The big text on the cover image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/about.py" line="64"/>
        <source>The built-in face model was trained on Cartoon Set. {attribution}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="475"/>
        <source>The built-in model {name!r} is not installed; reinstall AIGC Studio or pick another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts_espeak.py" line="67"/>
        <source>The bundled eSpeak NG voice could not be loaded ({error}); reinstall AIGC Studio&apos;s espeakng-loader package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="220"/>
        <source>The caption&apos;s words (applied on leaving the box, or Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="114"/>
        <source>The captions use characters the caption font does not have; they would show as empty boxes: {characters}. Replace them with more common ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clipboard.py" line="28"/>
        <source>The clipboard does not hold AIGC Studio clips; copy clips on the timeline first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clipboard.py" line="90"/>
        <source>The copied clips are empty; copy clips on the timeline first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="74"/>
        <source>The face for the current latent, rendered live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="136"/>
        <source>The face in Explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="207"/>
        <source>The face model whose faces appear; empty = the shipped one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/quick/pipeline.py" line="332"/>
        <source>The face model {model} cannot be read ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="325"/>
        <source>The face model {path} is not there; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="304"/>
        <source>The file appears only when the export completes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="506"/>
        <source>The folder {folder} does not exist; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="308"/>
        <source>The image folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/sources.py" line="165"/>
        <source>The image {name} cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/sources.py" line="161"/>
        <source>The image {name} is missing ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/sources.py" line="147"/>
        <source>The image {name} is too large ({width}x{height}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/sources.py" line="169"/>
        <source>The image {name} is too large to open safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/jobs.py" line="89"/>
        <source>The job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/language_menu.py" line="19"/>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="107"/>
        <source>The language changes the next time AIGC Studio starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="174"/>
        <source>The language of the script, the voice and the captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="106"/>
        <source>The language the lines are written in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="57"/>
        <source>The line or the voice changed after it was spoken: Generate narration again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="78"/>
        <source>The local LLM writer talks to a server on your computer that speaks the OpenAI chat API (Ollama, llama.cpp, LM Studio, vLLM). Nothing is sent anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="171"/>
        <source>The look of the burned-in captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/sources.py" line="58"/>
        <location filename="../../aigc_studio/media/waveform.py" line="95"/>
        <source>The media file {name} is missing ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="545"/>
        <source>The media file {path} belongs to a project folder, but this project has none; open the project from its folder or relink the clip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="535"/>
        <source>The media file {path} is missing; relink the clip to the file where it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="158"/>
        <source>The media file {path} is outside the project folder, so the folder alone does not hold it; save the project to copy it in{used_by}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="164"/>
        <source>The media file {path} {reason}; replace or relink it{used_by}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="551"/>
        <source>The media path {path!r} points outside the project folder; relink the clip to its file so it is copied into the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="492"/>
        <source>The model file {ref} is missing from the project folder; pick the model again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="484"/>
        <source>The model path {ref!r} points outside the project folder; pick the model again so it is copied into the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/talking.py" line="114"/>
        <source>The model&apos;s faces do not vary where a mouth would be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="59"/>
        <source>The model&apos;s name as the server knows it, e.g. qwen2.5:3b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/quick/music.py" line="30"/>
        <source>The music loop {path} is missing; reinstall AIGC Studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="111"/>
        <source>The narration the script has now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/quick/pipeline.py" line="142"/>
        <source>The own script writer needs your text model file (see script-train).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="201"/>
        <source>The platform the video is for: its size and frame rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="224"/>
        <source>The platform whose length limit the total is checked against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="191"/>
        <source>The platform&apos;s format: frame size, rate and length limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="506"/>
        <source>The project folder {folder} is no longer there (moved or deleted), so it was taken off the recent list; use Open… to find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/envelope.py" line="89"/>
        <location filename="../../aigc_studio/project/host_commands.py" line="35"/>
        <source>The project has no narration to speak: add a voice first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="375"/>
        <source>The project needs {needed} MB but {folder} has only {free} MB free; free some space or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="112"/>
        <source>The recipe (augmentation, spectral norm, averaged weights) trains stably on a few hundred images; DCGAN is the original 2016 network and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/autosave.py" line="159"/>
        <source>The recovery copy in {folder} cannot be read ({error}); it was skipped. Delete that folder if you do not need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="131"/>
        <source>The same seed always gives the same face (as the CLI does)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="67"/>
        <source>The sample short is open on the timeline: press Space to play it. Everything here runs on this computer, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="218"/>
        <source>The script changed while it was being spoken: Generate narration again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/quick/pipeline.py" line="277"/>
        <source>The script writer gave no scenes; try another topic or seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="69"/>
        <source>The scripts the model learns from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="110"/>
        <source>The shape of the short (your text model ignores it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="189"/>
        <source>The shape of the short; Auto picks one that suits the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="206"/>
        <source>The shipped face model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_meta.py" line="26"/>
        <source>The short&apos;s title (file metadata, cover, description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/loudness.py" line="326"/>
        <location filename="../../aigc_studio/media/mix.py" line="199"/>
        <location filename="../../aigc_studio/media/waveform.py" line="131"/>
        <source>The sound of {name} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="329"/>
        <source>The three main jobs, and a short from an idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="55"/>
        <source>The timeline&apos;s sound clips are silent: nothing to normalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/tasks.py" line="218"/>
        <source>The video is ready, but its cover image was not: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/presets.py" line="85"/>
        <source>The video is {duration} long, but {preset} accepts at most {limit}; shorten it or choose another preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts.py" line="101"/>
        <source>The voice engine must be espeak or piper, not {engine!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts.py" line="169"/>
        <source>The voice made no sound for the line {line!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="319"/>
        <source>The walk is drawn in the classes of its newest keyframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/parse.py" line="50"/>
        <source>The writer gave back nothing; try again or another writer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/parse.py" line="109"/>
        <source>The writer&apos;s JSON answer has no list of scenes; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/parse.py" line="68"/>
        <source>The writer&apos;s answer has no scenes with a line to say; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/parse.py" line="71"/>
        <source>The writer&apos;s answer has {count} scenes, more than a short can hold (at most {limit}); ask for fewer seconds or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/parse.py" line="53"/>
        <source>The writer&apos;s answer is {chars:,} characters, far too long for a short (at most {limit:,}); ask for fewer seconds or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/parse.py" line="90"/>
        <source>The writer&apos;s answer looks like JSON but is broken ({problem} at line {line}); try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="164"/>
        <source>The writer&apos;s text appears here as it is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="293"/>
        <source>The zip entry {entry!r} appears twice; the zip was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="443"/>
        <source>The zip entry {entry!r} cannot be unpacked ({error}); the zip was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="437"/>
        <source>The zip entry {entry!r} is damaged ({error}); the zip was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="429"/>
        <source>The zip entry {entry!r} unpacks to more data than it declares or the import allows; the zip was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="346"/>
        <source>The zip entry {entry} has a &apos;:&apos; in its path; the zip was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="332"/>
        <source>The zip entry {entry} has a backslash or odd character in its path; the zip was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="326"/>
        <source>The zip entry {entry} has an absolute path; the zip was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="353"/>
        <source>The zip entry {entry} is a symlink; the zip was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="363"/>
        <source>The zip entry {entry} is encrypted; ask for a zip without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="357"/>
        <source>The zip entry {entry} is not a plain file or folder; the zip was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="340"/>
        <source>The zip entry {entry} points outside its folder; the zip was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="58"/>
        <source>The {keyframes} keyframes are placed on the music&apos;s beats, so the face arrives at each one on a beat. The music is taken to start with the walk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="63"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts.py" line="116"/>
        <source>There is no Piper voice for {lang!r} in {folder}; add one or use eSpeak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="239"/>
        <source>There is no file {path}; check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="101"/>
        <location filename="../../aigc_studio/project/archive.py" line="242"/>
        <source>There is no folder {folder}; create it or choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="292"/>
        <source>There is no project at {folder}; check the path and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/structures.py" line="417"/>
        <source>There is no structure called {structure!r}; try {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="332"/>
        <source>There is no text model of yours yet: train one in the Script area (Train my text model…) or choose another writer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts.py" line="163"/>
        <location filename="../../aigc_studio/media/tts_espeak.py" line="142"/>
        <location filename="../../aigc_studio/media/tts_piper.py" line="183"/>
        <source>There is no text to speak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clipboard.py" line="83"/>
        <source>These clips were copied from a newer AIGC Studio; update AIGC Studio to paste them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="251"/>
        <source>These files were not added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="231"/>
        <source>This model was trained with labels: pick the class to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="321"/>
        <source>This project was saved by a newer AIGC Studio (file format {version}, this version reads up to {latest}); update AIGC Studio to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="77"/>
        <source>TikTok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="93"/>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="73"/>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="68"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="290"/>
        <source>Tip: the spherical path (slerp) keeps the faces between keyframes as sharp as the keyframes. A walk on the timeline opens here again with a double-click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_meta.py" line="30"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="68"/>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="106"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="70"/>
        <location filename="../../aigc_studio/ui/export_panel.py" line="97"/>
        <source>Top left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="71"/>
        <location filename="../../aigc_studio/ui/export_panel.py" line="98"/>
        <source>Top right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="169"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="101"/>
        <source>Topic, e.g. how a GAN learns faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="90"/>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="117"/>
        <location filename="../../aigc_studio/ui/train_panel.py" line="64"/>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="90"/>
        <source>Train a face model on your own images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="137"/>
        <source>Train a model on the image folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="52"/>
        <source>Train my text model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="148"/>
        <source>Train my text model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="170"/>
        <source>Train on CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="67"/>
        <source>Train one with “Train my text model…”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="200"/>
        <source>Train text model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="233"/>
        <source>Trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="338"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="418"/>
        <source>Training finished; model saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="181"/>
        <source>Training messages appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="335"/>
        <source>Training on {images} → {run}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="333"/>
        <source>Training on {images} → {run} on the CPU, from the saved state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="355"/>
        <source>Training paused after this step; press Resume to go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="352"/>
        <source>Training resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="345"/>
        <source>Training started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="100"/>
        <source>Training steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="423"/>
        <source>Training stopped with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="204"/>
        <source>Training stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="425"/>
        <source>Training stopped: the GPU ran out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/attribute_classifier.py" line="153"/>
        <source>Training the attribute classifier {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="241"/>
        <source>Transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="242"/>
        <source>Transition length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="138"/>
        <source>Trim clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="149"/>
        <source>Truncation ψ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="31"/>
        <source>Truncation ψ scales the latent towards the average face: the face drawn is ψ × z.
1 is the face itself; lower values (0.5–0.8) give more typical, cleaner faces with less variety;
0 is the average face for every seed; above 1 exaggerates features (and flaws).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="614"/>
        <source>Truncation ψ {psi:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="219"/>
        <source>Type a topic first, e.g. “how a GAN learns faces”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="68"/>
        <source>Type a topic first, in a sentence, e.g. “why cats knock things off tables”; the script is written about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="229"/>
        <source>Type a topic; get a finished short and a project to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="98"/>
        <source>Type a topic; the studio writes, voices, captions, animates and exports it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="157"/>
        <source>Type an idea; the studio writes the script, voices it, captions it, animates faces to it, adds music and exports the video. The result is also saved as a project you can edit on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="97"/>
        <source>Undo the last explorer move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/quick/pipeline.py" line="150"/>
        <source>Unknown host placement {host!r}; choose {places}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/quick/pipeline.py" line="137"/>
        <source>Unknown script writer {provider!r}; choose {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="403"/>
        <source>Unpacked {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="439"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="427"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="248"/>
        <source>Update clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="115"/>
        <source>Use an audio file you recorded as the selected scene&apos;s voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="137"/>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="118"/>
        <source>Use as face B (blend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="81"/>
        <source>Use current face as B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="114"/>
        <source>Use my recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/language_menu.py" line="47"/>
        <source>Use the computer&apos;s language (Chinese for a Chinese system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="210"/>
        <source>Use this easing for every segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="220"/>
        <source>Variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="345"/>
        <source>Version, licences and where the sample images come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/originality.py" line="165"/>
        <source>Very close to training image {image} (distance {distance:.2f}) — this face may copy it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="51"/>
        <location filename="../../aigc_studio/ui/timeline_style.py" line="115"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="88"/>
        <source>Video file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="227"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="226"/>
        <source>Virtual host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="276"/>
        <source>Virtual host added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_paint.py" line="100"/>
        <source>Virtual host · {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="113"/>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="234"/>
        <source>Voice: {voice}, rate {rate:g} ×, pitch {pitch} (generate narration again to hear it in the video)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="70"/>
        <source>Wait at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="831"/>
        <source>Wait for the face to appear, then add it as a keyframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="194"/>
        <source>Walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="278"/>
        <source>Walk cleared: its keyframes belong to another model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="546"/>
        <source>Walk updated on the timeline (Edit ▸ Undo restores it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_paint.py" line="101"/>
        <source>Walk · {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/sample.py" line="49"/>
        <source>Walks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="574"/>
        <source>Warning: 1 keyframe may copy training images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="580"/>
        <source>Warning: {count} keyframes may copy training images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="440"/>
        <source>Warning: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="59"/>
        <location filename="../../aigc_studio/ui/welcome.py" line="63"/>
        <source>Welcome to AIGC Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_meta.py" line="27"/>
        <source>What grabs the viewer in the first 3 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="75"/>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="149"/>
        <source>What moves the mouth: a direction fitted on faces like this one, or one of the explorer&apos;s sliders (as listed in Explore for this model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="167"/>
        <source>What the short is about, in a sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="75"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="214"/>
        <source>Where the clip begins on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="86"/>
        <source>Where the model, samples and metrics go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="230"/>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="102"/>
        <source>Where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="178"/>
        <source>Where to write the .mp4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="222"/>
        <source>Which corner the mark sits in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="251"/>
        <source>Which moment of the video the cover shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="367"/>
        <source>Which {label} class the faces are drawn in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="66"/>
        <source>White on a dark box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="65"/>
        <source>White with a black outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="116"/>
        <source>Who reads the lines: the bundled eSpeak NG voices, or Piper voices you put in the voices folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="180"/>
        <source>Who writes the script; the Script area&apos;s Settings… set up the LLM server and your text model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_meta.py" line="28"/>
        <source>Words for the description, e.g. #ai #faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="168"/>
        <source>Write a line in a scene first: there is nothing to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="32"/>
        <source>Write a script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="69"/>
        <source>Write for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="365"/>
        <location filename="../../aigc_studio/ui/script_writer.py" line="238"/>
        <source>Write script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="228"/>
        <source>Write subtitles (.srt) and a description (.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="92"/>
        <source>Write the scenes and lines of your short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="257"/>
        <source>Write, voice, animate and export it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="185"/>
        <location filename="../../aigc_studio/ui/script_writer.py" line="126"/>
        <source>Writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="47"/>
        <source>Writer settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="282"/>
        <source>Writing cancelled; the scenes are unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/tasks.py" line="204"/>
        <source>Writing the cover image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/mix.py" line="361"/>
        <source>Writing the mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/quick/pipeline.py" line="58"/>
        <source>Writing the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="245"/>
        <source>Writing with {writer}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/llm.py" line="112"/>
        <location filename="../../aigc_studio/script/own_provider.py" line="100"/>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="440"/>
        <source>Wrote {count} scenes: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="78"/>
        <source>YouTube Shorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="62"/>
        <source>Your recording: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/own_provider.py" line="108"/>
        <source>Your text model wrote no usable scenes; train it longer or on more of your scripts, or lower the temperature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="129"/>
        <source>Zipped {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="230"/>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="195"/>
        <source>Zoom in (Ctrl + mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="38"/>
        <source>Zoom in or out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="194"/>
        <source>Zoom out (Ctrl + mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="199"/>
        <source>Zoom to show the whole project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/caption_timing.py" line="62"/>
        <source>a caption&apos;s duration cannot be negative, got {duration:g} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/model.py" line="79"/>
        <source>a clip must be an object with a kind and times: {clip!r:.40}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/command_base.py" line="192"/>
        <source>a clip with id {clip_id!r} is already in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="175"/>
        <location filename="../../aigc_studio/project/edit_commands.py" line="134"/>
        <source>a clip&apos;s duration must be positive, got {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="339"/>
        <source>a clip&apos;s {field} cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/command_base.py" line="84"/>
        <source>a clip&apos;s {name} must be a finite number, got {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/command_base.py" line="79"/>
        <source>a clip&apos;s {name} must be a number, got {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/models.py" line="159"/>
        <source>a conditional discriminator needs the images&apos; labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/cover.py" line="56"/>
        <source>a cover frame must be (H, W, 3), got {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/config.py" line="54"/>
        <source>a label needs 2 to {most} classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/latent.py" line="51"/>
        <location filename="../../aigc_studio/project/clips.py" line="291"/>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="396"/>
        <source>a latent walk needs at least two keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/walk.py" line="88"/>
        <source>a latent walk needs at least two keyframes of the same length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="310"/>
        <source>a latent walk&apos;s keyframe times must be a list of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="346"/>
        <source>a project name cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/model.py" line="72"/>
        <source>a scene must be an object with shot and line, got {data!r:.40}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/model.py" line="80"/>
        <source>a scene&apos;s duration must be a number of seconds, got {duration!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/model.py" line="86"/>
        <source>a scene&apos;s duration must be a positive number of seconds up to a day, got {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/model.py" line="111"/>
        <source>a scene&apos;s {key} must be a number of seconds, got {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/model.py" line="130"/>
        <source>a scene&apos;s {key} must be true or false, got {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/model.py" line="117"/>
        <source>a scene&apos;s {key} must be zero or more seconds, got {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/model.py" line="170"/>
        <source>a script must be an object with scenes, got {data!r:.40}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/model.py" line="183"/>
        <source>a script&apos;s hashtags must be a list of words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="314"/>
        <source>a script&apos;s language must be one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/model.py" line="175"/>
        <source>a script&apos;s language must be one of {langs}, got {lang!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/model.py" line="186"/>
        <source>a script&apos;s scenes must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/slider_settings.py" line="150"/>
        <source>a slider needs a direction number and a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/slider_settings.py" line="104"/>
        <source>a slider range must lie within ±{limit:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/slider_settings.py" line="106"/>
        <source>a slider&apos;s right end must lie at least 0.1 beyond its left end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/model.py" line="68"/>
        <source>a track must be an object with kind and clips, got {data!r:.40}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/host_commands.py" line="46"/>
        <source>a virtual host clip needs talk settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="159"/>
        <source>a virtual host needs a mouth direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="164"/>
        <source>a virtual host&apos;s drift must be a list of latent directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="178"/>
        <source>a virtual host&apos;s loudness envelope must lie between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="187"/>
        <source>a virtual host&apos;s seed must be a whole number, got {seed!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="156"/>
        <source>a virtual host&apos;s talk settings must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="549"/>
        <source>a virtual host&apos;s {name} must be a list of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/model.py" line="89"/>
        <source>a {clip_kind} clip cannot be on a {track_kind} track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/command_base.py" line="63"/>
        <location filename="../../aigc_studio/project/commands.py" line="77"/>
        <source>a {clip_kind} clip cannot go on a {track_kind} track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="342"/>
        <source>a {kind} clip has no field {field!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="595"/>
        <source>a {kind} clip needs the path of its file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="202"/>
        <source>a {old_kind} clip cannot be replaced by a {new_kind} clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="290"/>
        <source>a {size}-value latent cannot join a walk of {walk_size}-value latents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="387"/>
        <source>all commands in a group must edit the same project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="174"/>
        <source>an export needs at least one frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/checkpoint.py" line="165"/>
        <source>are not those of an AIGC Studio image generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/checkpoint.py" line="170"/>
        <source>are those of a {resolution}-pixel model with a latent size of {latent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="653"/>
        <source>at batch size {batch}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/directions.py" line="242"/>
        <source>attribute directions need a folder of images with a labels.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="486"/>
        <source>audio loop must be true or false, got {loop!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="101"/>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="104"/>
        <source>auto uses a GPU when there is one, else the CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="61"/>
        <source>before-after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/speed.py" line="83"/>
        <source>bf16 was requested but {device} has no native bf16 support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="166"/>
        <source>blink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="161"/>
        <source>blink direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/char_gpt.py" line="35"/>
        <source>block_size, n_layer and n_head must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="75"/>
        <source>cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/formats.py" line="143"/>
        <source>cannot export a script as .{kind}: use one of {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/formats.py" line="262"/>
        <source>cannot import a script from .{kind}: use one of {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/beats.py" line="91"/>
        <source>cannot read {name} as audio: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="339"/>
        <source>caption &quot;{text}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_style.py" line="103"/>
        <source>captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/sound_settings.py" line="89"/>
        <source>captions karaoke must be true or false, got {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/tasks.py" line="198"/>
        <source>checking keyframes against training images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/generate.py" line="151"/>
        <source>class out of range (this model has {ranges})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/directions.py" line="250"/>
        <source>classifier accuracy {scores}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="85"/>
        <source>clip {clip_id!r} is moved twice in one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="196"/>
        <source>clip {clip_id!r} is no longer under {seconds:.2f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="349"/>
        <source>clip {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="539"/>
        <source>clip {name} must be a finite number, got {value!r:.40}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="531"/>
        <source>clip {name} must be a number, got {value!r:.40}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="584"/>
        <source>clip {name} must be between {low:g} and {high:g}, got {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="558"/>
        <source>clip {name} must be positive, got {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="567"/>
        <source>clip {name} must not be negative, got {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/char_gpt.py" line="144"/>
        <source>context {length} is longer than block_size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="220"/>
        <source>could not be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="218"/>
        <source>could not be read in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/probe.py" line="195"/>
        <source>could not read the H.264 stream of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="134"/>
        <source>cover time must be 0 or more seconds, got {seconds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="114"/>
        <source>crf must be 0..51, got {crf}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="188"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/directions.py" line="310"/>
        <source>directions have {found} values, the model&apos;s latent has {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/directions.py" line="315"/>
        <source>directions must be orthonormal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/directions.py" line="63"/>
        <source>directions need one name per vector and (K, latent_dim) vectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/config.py" line="48"/>
        <source>discriminator width out of range or not RGB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="39"/>
        <source>drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="167"/>
        <source>drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="165"/>
        <source>drift direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/char_gpt.py" line="43"/>
        <source>dropout must be in [0, 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="131"/>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="166"/>
        <source>e.g. why cats knock things off tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts_espeak.py" line="161"/>
        <source>eSpeak NG could not speak this line (error {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts_espeak.py" line="102"/>
        <source>eSpeak NG could not start with its voice data in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts_espeak.py" line="116"/>
        <source>eSpeak NG has no voice called {name!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_strip.py" line="26"/>
        <source>ease in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_strip.py" line="26"/>
        <source>ease in-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="316"/>
        <source>easing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_style.py" line="106"/>
        <source>effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="632"/>
        <source>even at batch size {batch}; {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/config.py" line="52"/>
        <source>every label needs its class count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/features.py" line="127"/>
        <source>expected a batch of images, got shape {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/frames.py" line="59"/>
        <source>face must be (R, R, 3) uint8, got shape {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="304"/>
        <source>fade-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="305"/>
        <source>fade-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/features.py" line="180"/>
        <source>feature network not found: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/originality.py" line="140"/>
        <source>features and filenames disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/peak_hold.py" line="78"/>
        <source>ffmpeg could not turn the sound down under its peak limit: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="452"/>
        <source>ffmpeg could not write the video: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="312"/>
        <source>fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/talking.py" line="204"/>
        <source>fitting talk directions needs at least 16 sample faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="459"/>
        <source>frame must be ({height}, {width}, 3) uint8, got {shape} {dtype}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="112"/>
        <source>frame rate must be 1..120, got {fps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/walk.py" line="199"/>
        <source>frame rate must be positive, got {fps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="300"/>
        <source>gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/generate.py" line="129"/>
        <source>generating even one face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clipboard.py" line="45"/>
        <source>give one track kind per clip, or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="393"/>
        <source>got more frames than the {count} announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="409"/>
        <source>got {written} frames, {count} were announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="223"/>
        <source>has no sound AIGC Studio can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="228"/>
        <source>has no sound in it (its length is zero or unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="224"/>
        <source>has no video AIGC Studio can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="229"/>
        <source>has no video in it (its length is zero or unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/checkpoint.py" line="173"/>
        <source>have other layer sizes (generator width or labels) than it names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="482"/>
        <source>holding the {count} training images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="59"/>
        <source>hook-problem-reveal-cta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/dataset.py" line="127"/>
        <location filename="../../aigc_studio/gan/dataset_cache.py" line="78"/>
        <source>image folder not found: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="346"/>
        <source>image {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="301"/>
        <source>in-point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/loudness.py" line="52"/>
        <source>integrated {loudness} LUFS, true peak {peak} dBTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="317"/>
        <source>interpolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="198"/>
        <source>is not an image AIGC Studio can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="200"/>
        <source>is too large to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="192"/>
        <source>is too large to show ({width}x{height} pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/migrations.py" line="84"/>
        <source>it does not hold a project (expected a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/corpus.py" line="83"/>
        <source>it has no scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/loudness.py" line="324"/>
        <location filename="../../aigc_studio/media/waveform.py" line="129"/>
        <source>it has no sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/migrations.py" line="62"/>
        <source>it has no valid schema_version, so AIGC Studio did not write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/autosave.py" line="175"/>
        <source>it has no {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/corpus.py" line="78"/>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/migrations.py" line="71"/>
        <source>it was saved by a newer AIGC Studio (file format {version}, this version reads up to {latest})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/checkpoint.py" line="145"/>
        <source>its metadata describes a {resolution}-pixel model with a latent size of {latent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/autosave.py" line="186"/>
        <source>its original folder is not a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/migrations.py" line="65"/>
        <source>its schema_version {version} was never written by AIGC Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="128"/>
        <source>keyframe interval must be positive, got {interval}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="311"/>
        <source>keyframe time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="307"/>
        <source>keyframe times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/walk.py" line="167"/>
        <source>keyframe times must be non-negative seconds, got {times}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/walk.py" line="171"/>
        <source>keyframe times must not go back in time, got {times}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="288"/>
        <source>keyframe value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/labels.py" line="120"/>
        <source>labels {columns} asked for, but the folder has no {labels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/features.py" line="215"/>
        <source>labels.csv has no entry or column {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="365"/>
        <source>labels.csv now has more classes of {labels} than this run was started with; start a new run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/fast_render.py" line="52"/>
        <location filename="../../aigc_studio/gan/generate.py" line="83"/>
        <source>latent has {found} values, model expects {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/config.py" line="46"/>
        <source>latent size or generator width out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="341"/>
        <source>latent walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="302"/>
        <source>latent walk classes must be whole numbers from 0, got {labels!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="293"/>
        <source>latent walk keyframes differ in length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/walk.py" line="90"/>
        <source>latent walk keyframes must be finite numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="326"/>
        <source>latent walk loop must be true or false, got {loop!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/directions.py" line="253"/>
        <source>left out {labels} (the model is conditioned on it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_strip.py" line="26"/>
        <source>linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="60"/>
        <source>list-of-n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="399"/>
        <source>load a model before adding a walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="315"/>
        <source>loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/loss_plot.py" line="88"/>
        <source>loss D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/loss_plot.py" line="89"/>
        <source>loss G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="176"/>
        <source>loudness envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/originality.py" line="136"/>
        <source>made by a newer AIGC Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/char_gpt.py" line="168"/>
        <source>max_new must be &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/oom.py" line="61"/>
        <source>memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/command_base.py" line="100"/>
        <location filename="../../aigc_studio/project/storage.py" line="335"/>
        <source>missing field {field!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/checkpoint.py" line="56"/>
        <source>model file not found: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="38"/>
        <source>mouse wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="166"/>
        <source>mouth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="157"/>
        <source>mouth direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_style.py" line="105"/>
        <source>music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="61"/>
        <source>my recording · {seconds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/char_gpt.py" line="38"/>
        <source>n_embd {n_embd} is not divisible by n_head {n_head}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_style.py" line="104"/>
        <source>narration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts.py" line="209"/>
        <source>narration done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/quality.py" line="128"/>
        <source>need at least 2 readable training images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="27"/>
        <source>never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/fast_render.py" line="144"/>
        <source>no ONNX twin for {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/beats.py" line="68"/>
        <source>no audio file at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="178"/>
        <source>no checkpoint to resume in {folder} ({file})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/relink.py" line="160"/>
        <source>no clip or scene uses the files to relink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/command_base.py" line="40"/>
        <source>no clip with id {clip_id!r} in project {project!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/llm.py" line="255"/>
        <location filename="../../aigc_studio/script/llm.py" line="259"/>
        <source>no details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="451"/>
        <location filename="../../aigc_studio/media/mix.py" line="197"/>
        <source>no message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="406"/>
        <source>no readable images in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="402"/>
        <source>no readable images in {folder} ({skipped})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/labels.py" line="136"/>
        <source>no row in {labels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/probe.py" line="46"/>
        <source>no video file at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/labels.py" line="49"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="182"/>
        <source>none of the selected clips is under the playhead at {seconds:.2f} s; move the playhead over a clip to split it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/resources.py" line="26"/>
        <source>not a built-in model name: {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="286"/>
        <source>not a valid latent_walk clip: its keyframes must be a list of latent vectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/command_base.py" line="105"/>
        <source>not a valid {kind} clip ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/features.py" line="83"/>
        <source>not an AIGC Studio feature network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/originality.py" line="134"/>
        <source>not an AIGC Studio features index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/config.py" line="68"/>
        <source>not an AIGC Studio model (its metadata has no model config)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/dataset.py" line="117"/>
        <source>not an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="630"/>
        <source>nothing could be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/document.py" line="119"/>
        <source>nothing to redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/document.py" line="111"/>
        <source>nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="403"/>
        <source>number {number} is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/host_commands.py" line="135"/>
        <source>only a face (latent walk) clip can be a virtual host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/corpus.py" line="97"/>
        <source>only {chars:,} characters of scripts; a text model needs at least {minimum:,} (a few dozen scripts) to learn their shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="310"/>
        <source>opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="56"/>
        <source>out of date · {seconds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="391"/>
        <source>paste time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="421"/>
        <source>pasted item {number} is not a clip AIGC Studio knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="309"/>
        <source>picture-in-picture size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="308"/>
        <source>placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/quality.py" line="105"/>
        <source>precision/recall need more than {k} samples in each set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/distributed.py" line="199"/>
        <source>process {rank} wants GPU {gpu}, but this machine has {count}; start at most that many per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/config.py" line="39"/>
        <source>resolution must be one of {choices}, got {resolution}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/beats.py" line="241"/>
        <source>samples need their sample rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="131"/>
        <source>scene {number}&apos;s narration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="113"/>
        <source>seed </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/dataset.py" line="53"/>
        <source>skipped {count} file(s): {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/latent.py" line="82"/>
        <source>slider count must be 1..{most}, got {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/latent.py" line="100"/>
        <source>slider directions must be (count, latent_dim), got {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/latent.py" line="106"/>
        <source>slider directions must be orthonormal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="255"/>
        <source>some of the clips to delete are no longer on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/sound_settings.py" line="60"/>
        <source>sound normalise must be true or false, got {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="344"/>
        <source>sound {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="255"/>
        <source>soundtrack must be (n, 2) stereo samples, got {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts.py" line="206"/>
        <source>speaking line {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="311"/>
        <source>speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="174"/>
        <source>split time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="90"/>
        <location filename="../../aigc_studio/project/edit_commands.py" line="130"/>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="336"/>
        <location filename="../../aigc_studio/ui/loss_plot.py" line="85"/>
        <source>step {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/char_gpt_train.py" line="141"/>
        <source>step {step}/{steps}, loss {loss:.3f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/features.py" line="303"/>
        <source>step {step}/{total}  loss {loss:.3f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="141"/>
        <source>steps and batch must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="62"/>
        <source>story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/formats.py" line="187"/>
        <source>the SRT file has no cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/captions.py" line="134"/>
        <source>the caption font is missing: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="149"/>
        <source>the clip cannot be trimmed to nothing; keep part of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/char_gpt_train.py" line="102"/>
        <source>the corpus is too short to train on ({chars} characters); add more of your scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/char_gpt.py" line="33"/>
        <source>the corpus needs at least two distinct characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/guard.py" line="47"/>
        <source>the discriminator collapsed at step {step} (D loss below {floor:g} for {steps} steps, G loss averaging {mean_g:.1f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="194"/>
        <source>the disk is full; free some space or choose another drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="182"/>
        <source>the envelope&apos;s values per second must be 1..1000, got {fps!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="286"/>
        <source>the export&apos;s soundtrack could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/talking.py" line="223"/>
        <source>the face has {found} latent values, the model expects {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="177"/>
        <source>the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="628"/>
        <source>the last checkpoint in {folder} is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="624"/>
        <source>the last good state (step {step}) is saved in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/guard.py" line="42"/>
        <source>the losses became NaN at step {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/guard.py" line="43"/>
        <source>the losses became infinite at step {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/attribute_classifier.py" line="238"/>
        <source>the model is conditioned on every label asked for ({labels}); its class box already controls them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/timeline_render.py" line="453"/>
        <source>the model {model!r} returned images of shape {shape}, expected ({count}, R, R, 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/talking.py" line="179"/>
        <source>the mouth direction must be a non-zero latent vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/walk.py" line="150"/>
        <source>the music needs at least two beats to set the walk&apos;s pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/model.py" line="209"/>
        <source>the project&apos;s {name} must be a whole number, got {value!r:.40}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/sound_settings.py" line="104"/>
        <source>the project&apos;s {name} settings must be a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train_quality.py" line="33"/>
        <source>the quality check needs more than {count} images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/envelope.py" line="45"/>
        <source>the sample rate and the envelope&apos;s rate must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/model.py" line="24"/>
        <source>the scene&apos;s {key} must be text, got {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/formats.py" line="208"/>
        <source>the script file is not valid JSON ({problem}, line {line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/model.py" line="26"/>
        <source>the script&apos;s {key} must be text, got {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/formats.py" line="245"/>
        <source>the text has no paragraphs to turn into scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/model.py" line="128"/>
        <source>the timeline must be an object with tracks, got {data!r:.40}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="171"/>
        <source>the virtual host&apos;s {name} direction has {count} values, the face&apos;s latent has {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/model.py" line="76"/>
        <source>the {kind} track&apos;s clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="120"/>
        <source>the {track} clip at {seconds:.1f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="245"/>
        <source>there are no clips to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="92"/>
        <source>there are no clips to move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="390"/>
        <source>there are no clips to paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/sfx.py" line="222"/>
        <source>there is no built-in sound effect called {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/relink.py" line="151"/>
        <source>there is no file to relink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/command_base.py" line="58"/>
        <location filename="../../aigc_studio/project/edit_commands.py" line="407"/>
        <location filename="../../aigc_studio/project/edit_commands.py" line="436"/>
        <source>there is no track number {number} on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="335"/>
        <source>there is nothing to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/features.py" line="85"/>
        <source>this feature network was made by a newer AIGC Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/generate.py" line="141"/>
        <source>this model needs one class for each of {labels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/config.py" line="70"/>
        <source>this model was made by a newer AIGC Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/dataset.py" line="114"/>
        <source>too large: over Pillow&apos;s decompression-bomb limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/dataset.py" line="83"/>
        <source>too large: {width}x{height} pixels (the limit is {megapixels} megapixels and {side} px a side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="93"/>
        <source>track number {number} is a {kind} track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="572"/>
        <source>training diverged {times} times ({reason}); the last good model is in {folder}. Try a smaller learning rate or batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/distributed.py" line="211"/>
        <source>training on several processes needs CUDA GPUs or the CPU, not {device}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="313"/>
        <source>transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="303"/>
        <source>transition length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="63"/>
        <source>tutorial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/config.py" line="44"/>
        <source>unknown architecture {arch!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="144"/>
        <source>unknown architecture {arch!r}; use {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="123"/>
        <source>unknown audio {audio!r}; expected &apos;pad&apos; or &apos;silent&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/augment.py" line="79"/>
        <source>unknown augmentation {name!r}; use some of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/model.py" line="86"/>
        <source>unknown clip kind {kind!r:.40}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/device.py" line="15"/>
        <source>unknown device {name!r}; choose one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/directions.py" line="61"/>
        <source>unknown direction method {method!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/directions.py" line="237"/>
        <source>unknown direction method {method!r} (use one of {choices})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="319"/>
        <source>unknown easing in {easing!r}; expected some of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/walk.py" line="50"/>
        <location filename="../../aigc_studio/gan/walk.py" line="99"/>
        <source>unknown easing {name!r}; expected one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/encoders.py" line="72"/>
        <source>unknown encoder {name!r}; choose one of: {encoders}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="85"/>
        <source>unknown fit {fit!r}; expected one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="297"/>
        <source>unknown interpolation {interpolation!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/walk.py" line="105"/>
        <source>unknown interpolation {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="117"/>
        <source>unknown label position {position!r}; expected one of {positions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/host_commands.py" line="93"/>
        <source>unknown picture-in-picture corner {pip!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="95"/>
        <source>unknown picture-in-picture corner {pip!r}; expected one of {choices} or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/speed.py" line="69"/>
        <source>unknown precision {precision!r}; choose one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/presets.py" line="51"/>
        <source>unknown preset {name!r}; choose one of: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/presets.py" line="63"/>
        <source>unknown quality {quality!r}; choose one of: {qualities}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/audio.py" line="41"/>
        <source>unknown soundtrack kind {kind!r}; expected &apos;pad&apos; or &apos;silent&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/model.py" line="74"/>
        <source>unknown track kind {kind!r:.40}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="74"/>
        <source>unknown track kind {kind!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="91"/>
        <source>unknown transition {transition!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/model.py" line="176"/>
        <source>unsupported frame size or rate: {width}x{height} at {fps} fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/fast_render.py" line="113"/>
        <source>unsupported transposed convolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="336"/>
        <source>untrained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/variants.py" line="27"/>
        <source>variants are numbered from 1, got {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_style.py" line="102"/>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="348"/>
        <source>video file {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="341"/>
        <source>virtual host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/char_gpt.py" line="55"/>
        <source>vocabulary characters must be distinct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/char_gpt.py" line="57"/>
        <source>vocabulary entries must be single characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/sound_settings.py" line="32"/>
        <source>voice engine must be espeak or piper, got {engine!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="64"/>
        <source>voice · {seconds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="314"/>
        <source>volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="561"/>
        <source>walk at {start}, keyframe {keyframe} ≈ {image} (distance {distance:.2f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="306"/>
        <source>walk length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/features.py" line="193"/>
        <source>weights missing: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/tasks.py" line="133"/>
        <source>while training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/encoders.py" line="108"/>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="72"/>
        <source>x264 (software)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="144"/>
        <source>x264 speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="138"/>
        <source>x264&apos;s speed: slower makes a smaller file at the same quality (ultrafast gives up the High profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="196"/>
        <source>you may not write there; choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/attribute_classifier.py" line="266"/>
        <source>{count} attribute directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="100"/>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="303"/>
        <source>{count} clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="100"/>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="303"/>
        <source>{count} clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="324"/>
        <source>{count} clips selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="817"/>
        <source>{count} keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/walk.py" line="161"/>
        <source>{count} keyframes need {count} times, got {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="576"/>
        <source>{count} keyframes very close to training images and may copy them: {places}. The export goes on; check them before you publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="102"/>
        <source>{count} media file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="102"/>
        <source>{count} media files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="167"/>
        <source>{count} media files are missing ({names}); their clips stay silent or blank until relinked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="605"/>
        <source>{count} media files could not be collected because they are missing: {names}. Use Find files… to relink them, then Collect Files again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="733"/>
        <source>{count} recovery copies could not be read and were skipped: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="99"/>
        <location filename="../../aigc_studio/ui/script_panel.py" line="76"/>
        <source>{count} scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="99"/>
        <location filename="../../aigc_studio/ui/script_panel.py" line="76"/>
        <source>{count} scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/quick/pipeline.py" line="185"/>
        <source>{count} short(s) ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/encoders.py" line="106"/>
        <source>{encoder} is not available on this computer; exporting with {fallback} instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="88"/>
        <source>{entry} (folder missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/autosave.py" line="182"/>
        <source>{file} is not a recovery description this version reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/autosave.py" line="178"/>
        <source>{file} is not valid JSON: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="305"/>
        <source>{folder} has no {file}, so it is not an AIGC Studio project; open a folder named NAME{suffix}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/attribute_classifier.py" line="118"/>
        <location filename="../../aigc_studio/gan/attribute_classifier.py" line="228"/>
        <source>{folder} has no {labels}: attribute directions need labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/attribute_classifier.py" line="127"/>
        <source>{folder} has too few labelled images ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/features.py" line="263"/>
        <location filename="../../aigc_studio/gan/quality.py" line="201"/>
        <source>{folder} has too few readable images ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="93"/>
        <source>{folder} is no longer there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="298"/>
        <source>{folder} is not a project folder; open a folder named NAME{suffix}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/eta.py" line="40"/>
        <source>{hours} h {minutes:02d} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/jobs.py" line="81"/>
        <source>{job} failed with an unexpected error ({error}); see the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/jobs.py" line="79"/>
        <source>{job} failed: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="818"/>
        <source>{keyframes} · {duration} · {frames} frames at {fps} fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/labels.py" line="46"/>
        <source>{labels} has no column {missing} (it has {columns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/labels.py" line="91"/>
        <source>{labels} line {line}: {column} is {cell!r}, not a whole-number class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/labels.py" line="97"/>
        <source>{labels} line {line}: {column} {value} is outside 0-{highest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/labels.py" line="79"/>
        <source>{labels} line {line}: {found} values, expected {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/labels.py" line="67"/>
        <source>{labels} needs a header with &apos;{column}&apos; and labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="461"/>
        <source>{label} ({count} classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/own_provider.py" line="60"/>
        <source>{message}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="437"/>
        <source>{message}; training on {cluster}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="515"/>
        <source>{message}; {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/eta.py" line="39"/>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="89"/>
        <source>{mix} → export at {lufs:.1f} LUFS, peak {peak:.1f} dBTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="87"/>
        <source>{mix} → export at {lufs:.1f} LUFS, peak {peak:.1f} dBTP, peaks limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="85"/>
        <source>{mix} → exported as it is (normalising is off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="48"/>
        <source>{name}
seed {seed} · ψ {psi:.2f}{classes}
saved {saved}
Click to go back to this face; right-click for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="218"/>
        <source>{name} (max {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/dataset.py" line="50"/>
        <source>{name} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="86"/>
        <source>{name} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/narration.py" line="174"/>
        <source>{name} does not exist; choose the recording again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/warm_start.py" line="42"/>
        <source>{name} does not fit this run&apos;s generator ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/warm_start.py" line="55"/>
        <source>{name} does not fit this run&apos;s generator ({key}: {found} vs {expected})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="303"/>
        <source>{name} does not hold exactly one project folder (it holds {count} top-level entries); export the project from AIGC Studio again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/checkpoint.py" line="150"/>
        <source>{name} does not match itself: {described}, but its weights {found}; the file was damaged or edited, so get or train the model again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/probe.py" line="157"/>
        <source>{name} has a broken MP4 box at byte {offset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/char_gpt_train.py" line="206"/>
        <source>{name} has an unexpected model configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/char_gpt_train.py" line="224"/>
        <source>{name} has damaged text model metadata: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="99"/>
        <source>{name} has no frames to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/probe.py" line="57"/>
        <source>{name} has no readable video stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="133"/>
        <source>{name} has no sound in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/narration.py" line="170"/>
        <source>{name} has no sound we can read; choose another recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/sources.py" line="241"/>
        <source>{name} has no video ffmpeg can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="312"/>
        <source>{name} has no {file} in its folder {folder}, so it is not an AIGC Studio project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/favourites.py" line="117"/>
        <source>{name} holds no usable latent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="272"/>
        <source>{name} holds {count} entries, more than the {limit} a project may have; it was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/favourites.py" line="114"/>
        <source>{name} is malformed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/loudness.py" line="307"/>
        <source>{name} is missing or not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/favourites.py" line="104"/>
        <source>{name} is not a favourite of this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/originality.py" line="129"/>
        <source>{name} is not a features index (bad header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/checkpoint.py" line="60"/>
        <source>{name} is not a model file (too short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="251"/>
        <source>{name} is not a readable zip file ({error}); ask for it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="130"/>
        <source>{name} is not a sound file AIGC Studio can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/features.py" line="196"/>
        <source>{name} is not a usable feature network: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/originality.py" line="151"/>
        <source>{name} is not a usable features index: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train_state.py" line="134"/>
        <source>{name} is not a valid checkpoint: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/features.py" line="183"/>
        <source>{name} is not a valid feature network file (bad header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/checkpoint.py" line="71"/>
        <source>{name} is not a valid model file (bad header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/checkpoint.py" line="65"/>
        <source>{name} is not a valid model file but a PyTorch pickle (.pt, .ckpt), which AIGC Studio never opens as it can run code; ask for a .safetensors file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="407"/>
        <source>{name} is not a valid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/checkpoint.py" line="85"/>
        <location filename="../../aigc_studio/gan/checkpoint.py" line="114"/>
        <location filename="../../aigc_studio/gan/directions.py" line="273"/>
        <source>{name} is not a valid safetensors file: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/char_gpt_train.py" line="190"/>
        <source>{name} is not a valid text model file: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="95"/>
        <source>{name} is not a video AIGC Studio can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/checkpoint.py" line="91"/>
        <source>{name} is not an AIGC Studio model (no config in metadata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/char_gpt_train.py" line="194"/>
        <source>{name} is not an AIGC Studio text model (no metadata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train_state.py" line="138"/>
        <source>{name} is not an AIGC Studio training checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="121"/>
        <source>{name} is not an image AIGC Studio can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="84"/>
        <source>{name} is not an image, video or sound file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="111"/>
        <source>{name} is too large ({width}x{height})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/sound_settings.py" line="111"/>
        <source>{name} must be a number, got {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/sound_settings.py" line="116"/>
        <source>{name} must be between {low:g} and {high:g}, got {value:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="550"/>
        <source>{name} value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/originality.py" line="197"/>
        <source>{name} was made with another feature network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train_state.py" line="142"/>
        <location filename="../../aigc_studio/script/char_gpt_train.py" line="200"/>
        <source>{name} was written by a newer AIGC Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="280"/>
        <source>{name} would unpack to {size} bytes, more than the limit of {limit}; it was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="339"/>
        <source>{name} · {size} px · {trained}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="28"/>
        <source>{name} — autosaved {when} ({where})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="135"/>
        <source>{name}: double-click to rename, right-click for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/char_gpt_train.py" line="212"/>
        <source>{name}: vocabulary has {chars} characters, the model expects {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/checkpoint.py" line="123"/>
        <source>{name}: weights do not match the {arch} architecture in its config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/checkpoint.py" line="96"/>
        <source>{name}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="235"/>
        <source>{outcome}: {steps:,} steps. Validation loss {loss:.2f} (a model that ignores context scores {baseline:.2f}; lower is better). The “My text model” writer now uses {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="327"/>
        <source>{path} cannot be opened: {error}; restore the project from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="314"/>
        <source>{path} does not hold a project; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="340"/>
        <source>{path} has a bad value ({detail}); fix it or restore the project from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="446"/>
        <source>{path} has two clips with the id {clip_id!r}; remove or rename one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="107"/>
        <source>{path} is a folder; choose a file name ending in .zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="174"/>
        <source>{path} is a symlink to a folder, so it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="167"/>
        <location filename="../../aigc_studio/project/archive.py" line="182"/>
        <source>{path} is a symlink, so it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="159"/>
        <source>{path} is a symlink, so the project cannot be shared as it is; save the project again with Save As.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="363"/>
        <source>{path} is larger than {limit} MB, far more than any project needs, so it was not opened; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="189"/>
        <source>{path} is not a plain file, so it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="427"/>
        <source>{path} is not a readable project file (byte {byte} is not UTF-8 text); restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="434"/>
        <source>{path} is not a readable project file ({error}); restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="420"/>
        <source>{path} is not valid JSON (line {line}, column {column}); restore it from a backup or fix it in a text editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="112"/>
        <source>{path} is outside the project folder, so it is not in the zip; save the project to copy it in, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="411"/>
        <source>{path} nests its data more than {depth} levels deep, so AIGC Studio did not write it; restore the project from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="65"/>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="106"/>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="123"/>
        <source>{percent}% B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="156"/>
        <source>{problem}{used_by}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/distributed.py" line="87"/>
        <source>{processes} processes ({backend}), batch {batch} per process, {images} images per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="89"/>
        <source>{quality} (CRF {crf})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="469"/>
        <source>{ref!r} does not name a built-in model; pick the clip&apos;s model again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="498"/>
        <source>{ref} is not a .safetensors model; pick a model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="687"/>
        <source>{relinked} Not found in {folder}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="689"/>
        <source>{relinked} {count} still missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="273"/>
        <source>{scenes} · total {total} of {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="98"/>
        <source>{scenes}, {clips}, {seconds:.1f} s, {media}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/eta.py" line="36"/>
        <source>{seconds:.0f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="193"/>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_strip.py" line="176"/>
        <source>{seconds}s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="186"/>
        <location filename="../../aigc_studio/ui/project_files.py" line="206"/>
        <source>{sentence} Your changes are still open here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="95"/>
        <source>{size} px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="364"/>
        <source>{status} · cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="822"/>
        <source>{summary} · add at least two keyframes to make a walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="659"/>
        <source>{tempo:.0f} BPM · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="327"/>
        <source>{track}: {clip}, {start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/model.py" line="199"/>
        <source>{what} must be a list, got {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="447"/>
        <source>{width}×{height} · {fps} fps · H.264 + AAC · {duration}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
