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
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="165"/>
        <source> Left out: {files}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="177"/>
        <source> characters a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="125"/>
        <source> fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="67"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="117"/>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="118"/>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="249"/>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="181"/>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="827"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="542"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="400"/>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="217"/>
        <source> · about {time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="45"/>
        <source> · classes {classes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_paint.py" line="90"/>
        <location filename="../../aigc_studio/ui/timeline_paint.py" line="96"/>
        <source> · loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="188"/>
        <source> · up to {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="86"/>
        <source> · {count} not narrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="83"/>
        <source> · {count} out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="80"/>
        <source> · {count} recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="390"/>
        <source> · {duration} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="273"/>
        <source> · {excess} too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="388"/>
        <source> · {rate:.0f} img/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="26"/>
        <source>%d %b %H:%M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="294"/>
        <source>&amp;About AIGC Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="100"/>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="239"/>
        <source>&amp;Collect Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="255"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="210"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="288"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/language_menu.py" line="37"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="212"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="223"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="249"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="259"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="232"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="268"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="256"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="274"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="290"/>
        <source>&amp;Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="209"/>
        <source>+ Keyframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="238"/>
        <source>0% invisible, 100% covers the tracks below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="800"/>
        <source>1 keyframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="568"/>
        <source>1 keyframe very close to training images and may copy them: {places}. The export goes on; check it before you publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="533"/>
        <source>1 media file could not be collected because it is missing: {names}. Use Find files… to relink it, then Collect Files again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="153"/>
        <source>1 media file is missing ({names}); its clips stay silent or blank until relinked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="664"/>
        <source>1 recovery copy could not be read and was skipped: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="70"/>
        <source>60-second short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="558"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="53"/>
        <source>&lt;b&gt;AIGC Studio did not close properly last time.&lt;/b&gt;&lt;br&gt;These projects had changes that were not saved. Restore one to continue where you left off; Save then writes it to its project folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="94"/>
        <source>A bigger model learns more but takes longer without a GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="241"/>
        <source>A conditional model: Explore lets you choose each label&apos;s class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="205"/>
        <source>A draft renders faster at half the width and height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="127"/>
        <source>A face from a seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="117"/>
        <source>A face from the model speaks the narration: its mouth follows the voice&apos;s loudness, it blinks and sways a little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="315"/>
        <source>A face model is a .safetensors file; choose one with Browse….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="224"/>
        <source>A face that speaks the narration (数字人): over the whole frame or in a corner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="171"/>
        <source>A face that speaks the narration, full frame or in a corner (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="148"/>
        <source>A hardware encoder is faster; the list shows the ones that work on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="193"/>
        <source>A healthy run keeps both losses bounded; neither should reach 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="41"/>
        <source>A vertical MP4 for Douyin, TikTok, Shorts, Reels or Bilibili, at the loudness platforms expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="214"/>
        <source>A visible “AI生成 / AI-generated” mark in a corner and a statement in the file&apos;s metadata, as platforms and the rules on AI-generated content ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="159"/>
        <source>AAC stereo at 48 kHz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="227"/>
        <source>AI label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/about.py" line="25"/>
        <source>AIGC Studio is released under the MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="488"/>
        <source>AIGC Studio project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/about.py" line="45"/>
        <source>About AIGC Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="170"/>
        <source>Add a scene at the end of the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="784"/>
        <source>Add as new clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="166"/>
        <source>Add host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="125"/>
        <source>Add images, video or sound at the playhead (sound goes on the music track; the arrow puts it on narration or effects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="151"/>
        <source>Add keyframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="172"/>
        <source>Add more scripts: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="170"/>
        <source>Add scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="72"/>
        <source>Add script files to learn from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="72"/>
        <source>Add scripts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="209"/>
        <source>Add the face in the preview as the next keyframe of the walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="151"/>
        <source>Add the face in the preview as the walk&apos;s next keyframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="233"/>
        <source>Add the walk as a new clip on the video track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="233"/>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="784"/>
        <source>Add to timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="108"/>
        <source>Add virtual host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="170"/>
        <source>Add virtual host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="139"/>
        <source>Add your scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="519"/>
        <source>Added a {length:g} s walk at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="107"/>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="206"/>
        <source>After the last keyframe walk back to the first, so the clip repeats seamlessly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="36"/>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="531"/>
        <source>All media is inside the project folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="202"/>
        <source>All segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="80"/>
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
        <location filename="../../aigc_studio/ui/train_panel.py" line="116"/>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="241"/>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="36"/>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="161"/>
        <source>Audio bitrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="187"/>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="250"/>
        <source>Auto (1 s in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="70"/>
        <source>Auto (hardware when available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="644"/>
        <source>Autosave could not write a recovery copy ({reason}); save the project to keep your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="268"/>
        <source>Back to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="120"/>
        <source>Back to generated voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="122"/>
        <source>Back to the model&apos;s names, order and ranges, all shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="98"/>
        <source>Back: undo “{move}” ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="91"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="239"/>
        <source>Beside the MP4: a frame of the video with the project&apos;s name on it, for the platform&apos;s cover picker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="230"/>
        <source>Beside the MP4: the captions as SRT, and a title, description and hashtags from the script for the upload form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="67"/>
        <source>Big yellow (variety show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="81"/>
        <source>Bilibili</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="191"/>
        <source>Blend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="766"/>
        <source>Blend {percent}% with face B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="72"/>
        <location filename="../../aigc_studio/ui/export_panel.py" line="100"/>
        <source>Bottom left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="73"/>
        <location filename="../../aigc_studio/ui/export_panel.py" line="101"/>
        <source>Bottom right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="143"/>
        <source>Bring the mix to the loudness target on export; platforms turn loud videos down and leave quiet ones quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/widgets.py" line="70"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/about.py" line="75"/>
        <source>Built with PySide6 {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="48"/>
        <source>Built-in structures (instant, offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="130"/>
        <source>Built-in structures work instantly and offline; a local LLM server or your own text model write in their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="132"/>
        <source>CRF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="284"/>
        <location filename="../../aigc_studio/ui/script_narration.py" line="179"/>
        <location filename="../../aigc_studio/ui/script_writer.py" line="230"/>
        <location filename="../../aigc_studio/ui/train_panel.py" line="140"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="425"/>
        <source>Cancelled before training started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="221"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="360"/>
        <source>Cancelling training: saving a checkpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="534"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="833"/>
        <source>Cannot add this face to the walk: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="363"/>
        <source>Cannot create the folder {folder} ({reason}); choose another place to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="849"/>
        <source>Cannot edit this walk: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="265"/>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="402"/>
        <location filename="../../aigc_studio/ui/main_window.py" line="438"/>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="694"/>
        <source>Cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="506"/>
        <source>Cannot save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="605"/>
        <source>Cannot search for the missing files</source>
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
        <location filename="../../aigc_studio/ui/timeline_style.py" line="67"/>
        <source>Captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="226"/>
        <source>Captions go on the timeline at their scene&apos;s time; after Generate narration they follow the speech.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="633"/>
        <source>Change class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="254"/>
        <source>Checking encoders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="252"/>
        <source>Checking for hardware encoders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/preview.py" line="472"/>
        <source>Checking the face against training images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="184"/>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="209"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="285"/>
        <source>Choose a face model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="206"/>
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
        <location filename="../../aigc_studio/ui/export_panel.py" line="182"/>
        <source>Choose the output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="307"/>
        <source>Choose where to save the video (Save as).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="227"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="361"/>
        <source>Class {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="119"/>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="153"/>
        <source>Click to evolve this child; right-click for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="136"/>
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
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="261"/>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="119"/>
        <location filename="../../aigc_studio/ui/welcome.py" line="103"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="119"/>
        <source>Close this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="261"/>
        <source>Close this window (stops a running short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="187"/>
        <source>Colour the words as they are spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="127"/>
        <source>Constant quality: 18 looks lossless, 23 is x264&apos;s default; each step of 6 about halves the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/about.py" line="15"/>
        <source>Contains images from Cartoon Set (https://google.github.io/cartoonset/) by Google LLC, licensed under CC BY 4.0. Images were cropped, downscaled to 64x64 and re-encoded.</source>
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
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="159"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="159"/>
        <source>Copy the selected clips (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="453"/>
        <source>Could not copy the sample project: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="722"/>
        <source>Could not delete the recovery copy {folder} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="194"/>
        <source>Could not open {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="749"/>
        <source>Could not read {name}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="140"/>
        <source>Could not remove {name}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="192"/>
        <source>Could not restore {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="796"/>
        <source>Could not save the favourite: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="190"/>
        <source>Could not save the project to {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="256"/>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="238"/>
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
        <location filename="../../aigc_studio/ui/export_panel.py" line="190"/>
        <location filename="../../aigc_studio/ui/export_panel.py" line="197"/>
        <source>Custom (see Advanced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="64"/>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="109"/>
        <source>DCGAN (paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="57"/>
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
        <location filename="../../aigc_studio/ui/walk_editor.py" line="154"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="147"/>
        <location filename="../../aigc_studio/ui/timeline_view.py" line="381"/>
        <source>Delete clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="72"/>
        <source>Delete this recovery copy; the project folder is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_edit.py" line="103"/>
        <source>Delete {count} clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="104"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="50"/>
        <source>Direction {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="71"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/loss_plot.py" line="26"/>
        <source>Discriminator (violet) and generator (orange) loss per logged step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="408"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="586"/>
        <source>Done! Your short is ready: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="160"/>
        <source>Double-click a cell to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="240"/>
        <source>Double-click a name to rename it; right-click for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="77"/>
        <location filename="../../aigc_studio/ui/script_panel.py" line="70"/>
        <source>Douyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="71"/>
        <source>Draft (half size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="69"/>
        <source>Drag clips to move them and their edges to trim; S splits at the playhead, Delete removes, Shift+Delete closes the gap. Space plays; J, K and L step back, stop and play. Double-click a walk to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_view.py" line="76"/>
        <source>Drag clips to move them, their edges to trim; click the ruler to move the playhead. S splits, Delete removes, Shift+Delete closes the gap, Ctrl+C/X/V copy, cut and paste; hold Alt while dragging to turn snapping off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="25"/>
        <source>Drag the sliders and watch the face change; keep faces and turn them into latent walks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="145"/>
        <source>Drag to change the face live; right-click for slider options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_view.py" line="83"/>
        <source>Drag to move or trim (Alt: no snapping), S split, Delete remove, Shift+Delete ripple delete, Ctrl+wheel zoom; double-click a walk to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/preview_player.py" line="125"/>
        <source>Drag to scrub through the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="61"/>
        <source>Drag towards B to blend the current face with face B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="121"/>
        <source>Drop the selected scene&apos;s recording; the next Generate narration speaks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="209"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="64"/>
        <source>Duration s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="68"/>
        <source>Ease in (speed up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="67"/>
        <source>Ease in and out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="69"/>
        <source>Ease out (slow down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="214"/>
        <source>Easing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="163"/>
        <location filename="../../aigc_studio/ui/timeline_view.py" line="378"/>
        <source>Edit in Explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="335"/>
        <source>Editing the walk at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="793"/>
        <source>Editing the walk at {time} on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_style.py" line="70"/>
        <source>Effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_canvas.py" line="60"/>
        <source>Empty timeline: add a walk in Explore, write scenes in Script, or import media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="155"/>
        <source>Encoder</source>
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
        <location filename="../../aigc_studio/ui/explore_panel.py" line="148"/>
        <location filename="../../aigc_studio/ui/main_window.py" line="88"/>
        <source>Explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="137"/>
        <source>Explore direction {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="24"/>
        <source>Explore faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="88"/>
        <source>Explore faces with sliders and build latent walks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="145"/>
        <source>Explore the model this run trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="168"/>
        <location filename="../../aigc_studio/ui/export_panel.py" line="281"/>
        <location filename="../../aigc_studio/ui/export_panel.py" line="522"/>
        <location filename="../../aigc_studio/ui/main_window.py" line="91"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="40"/>
        <source>Export a short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="597"/>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="480"/>
        <source>Export video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="517"/>
        <source>Exporting {duration} of video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="544"/>
        <source>Exporting… {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="149"/>
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
        <location filename="../../aigc_studio/ui/explore_blend.py" line="87"/>
        <source>Face B can also come from a grid or the favourites: right-click a face there and choose “Use as face B”. Each blend you let go of is one step back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="728"/>
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
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="287"/>
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
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="84"/>
        <source>Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="84"/>
        <source>Favourites you keep with ★ appear here. Click one to go back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="182"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="59"/>
        <source>Fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="149"/>
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
        <location filename="../../aigc_studio/ui/project_files.py" line="133"/>
        <source>Find files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="586"/>
        <source>Find missing files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="573"/>
        <source>Find the missing media files in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="605"/>
        <source>Finding beats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="604"/>
        <source>Finding the beats of {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/preview.py" line="381"/>
        <source>Finding the model&apos;s latent directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="216"/>
        <source>Finding the mouth in the model&apos;s faces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="122"/>
        <source>Fine-tune the shipped face model instead of starting from noise: a few hundred face-like images give good faces far sooner. Uses its 64 px size and width.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="59"/>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="180"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="226"/>
        <source>Fit: the whole picture; Fill: crop to the frame; Ken Burns: fill and zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="135"/>
        <source>Fitted to the face (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="81"/>
        <source>Folder of PNG / JPEG images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="210"/>
        <source>Folder of training images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="210"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="101"/>
        <source>Forward ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="106"/>
        <source>Forward: redo “{move}” ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="118"/>
        <source>Frame height (even)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="126"/>
        <source>Frame rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="124"/>
        <source>Frame size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="111"/>
        <source>Frame size, rate, quality, encoder and audio bitrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="117"/>
        <source>Frame width (even)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/preview_player.py" line="282"/>
        <source>Frames dropped in this playback: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="125"/>
        <source>Frames per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="224"/>
        <source>Framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="68"/>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="107"/>
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
        <location filename="../../aigc_studio/ui/export_panel.py" line="71"/>
        <source>Full quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="249"/>
        <source>Gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="35"/>
        <source>Generate narration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="90"/>
        <source>Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="817"/>
        <source>Go back to a favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="124"/>
        <source>Go back to this face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="167"/>
        <source>Go on with this run on the CPU: slower, but it has the memory the GPU lacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="265"/>
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
        <location filename="../../aigc_studio/ui/project_files.py" line="136"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="264"/>
        <source>Hide this slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="89"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="199"/>
        <source>Higher quality makes a larger file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="143"/>
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
        <location filename="../../aigc_studio/ui/host_dialog.py" line="148"/>
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
        <location filename="../../aigc_studio/ui/script_writer.py" line="118"/>
        <source>How long the short should be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="182"/>
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
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="70"/>
        <source>How often unsaved changes are kept as a recovery copy (your project file is not touched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="241"/>
        <source>How the clip enters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="196"/>
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
        <location filename="../../aigc_studio/ui/train_panel.py" line="83"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="96"/>
        <source>Images are centre-cropped and resized to this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="90"/>
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
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="121"/>
        <source>Import media…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="133"/>
        <source>Import narration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="134"/>
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
        <location filename="../../aigc_studio/ui/explore_panel.py" line="465"/>
        <source>In the quality metric&apos;s feature space this face is closer to a training image than {threshold:.2f}, nearer than 99% of the training images are to each other. Check it against the original before you publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="173"/>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="173"/>
        <source>Insert a blank scene above the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="80"/>
        <source>Instagram Reels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="133"/>
        <source>Integrated loudness (ITU-R BS.1770) and true peak of the timeline&apos;s mix, and what the exported file will measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="193"/>
        <source>Join the scene with the one after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="186"/>
        <source>Karaoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="76"/>
        <source>Keep a recovery copy every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="190"/>
        <source>Keep at least one slider shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="74"/>
        <source>Keep the copies and ask again at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="81"/>
        <source>Keep the face on screen as face B, then explore on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="113"/>
        <source>Keep this face in your favourites (a PNG plus its latent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="59"/>
        <source>Ken Burns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="800"/>
        <source>Kept {name} in your favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="839"/>
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
        <location filename="../../aigc_studio/ui/export_panel.py" line="213"/>
        <source>Label as AI-generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="83"/>
        <source>Landscape 16:9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="176"/>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="54"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="272"/>
        <source>Language, theme, recovery copies and voices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="86"/>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="131"/>
        <source>Latent walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="71"/>
        <source>Latents are standard normal: ±3 covers almost every face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="73"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="182"/>
        <source>Latest samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="238"/>
        <source>Learn the classes in {file} ({names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="185"/>
        <source>Learning from {scripts} scripts ({chars:,} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="74"/>
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
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="57"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="64"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="66"/>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="186"/>
        <source>Linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="94"/>
        <source>Listening to the narration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="145"/>
        <source>Load into Explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="311"/>
        <source>Load model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="129"/>
        <source>Load model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="341"/>
        <source>Loaded model {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="325"/>
        <source>Loading images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="66"/>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="305"/>
        <source>Loading model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="174"/>
        <source>Loading the default face model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/preview.py" line="347"/>
        <source>Loading {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="306"/>
        <source>Loading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="49"/>
        <source>Local LLM server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="179"/>
        <source>Longest caption line in Latin characters (a Chinese character counts two); 0 keeps the style&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="581"/>
        <source>Looking for {count} missing file(s) in {folder}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="252"/>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="204"/>
        <source>Loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="188"/>
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
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="144"/>
        <source>Lower for more typical faces, higher for bolder ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="480"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="294"/>
        <source>MP4 video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="410"/>
        <source>Made 1 video in {time}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="410"/>
        <source>Made {count} videos in {time}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="200"/>
        <source>Make a latent walk from keyframe faces, time and preview it, put it on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="97"/>
        <source>Make a short from an idea…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="255"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="377"/>
        <source>Make my short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="371"/>
        <source>Making “{topic}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
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
        <location filename="../../aigc_studio/ui/script_panel.py" line="193"/>
        <source>Merge with next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="56"/>
        <source>Mix face A with face B: left is A, right is B. The latents are mixed spherically, so faces in between stay sharp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="199"/>
        <source>Mix the current face with a second face B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="81"/>
        <source>Mix: {lufs:.1f} LUFS, peak {peak:.1f} dBTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/player.py" line="350"/>
        <source>Mixing the preview&apos;s sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="97"/>
        <source>Model size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="311"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="90"/>
        <source>More steps learn more; 2,000 take a few minutes on a CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="152"/>
        <source>Mouth direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="255"/>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="153"/>
        <source>Mouth strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="119"/>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="261"/>
        <location filename="../../aigc_studio/ui/script_panel.py" line="181"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="196"/>
        <source>Move the face along the model&apos;s directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="141"/>
        <source>Move the face along “{name}” ({low:g} to {high:g})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="178"/>
        <source>Move the selected scene one place earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="181"/>
        <source>Move the selected scene one place later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="117"/>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="259"/>
        <location filename="../../aigc_studio/ui/script_panel.py" line="178"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="597"/>
        <source>Move {slider}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_style.py" line="69"/>
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
        <location filename="../../aigc_studio/ui/explore_grid.py" line="161"/>
        <source>Mutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="50"/>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="72"/>
        <source>My text model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="107"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="99"/>
        <source>Name the directions after what they do to the face, hide the ones you do not use, and order them. Saved for this model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="183"/>
        <location filename="../../aigc_studio/ui/script_panel.py" line="64"/>
        <location filename="../../aigc_studio/ui/timeline_style.py" line="68"/>
        <source>Narration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="227"/>
        <source>Narration cancelled; the script is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/about.py" line="34"/>
        <source>Narration voice: eSpeak NG, GNU GPL v3 or later (source: https://github.com/espeak-ng/espeak-ng), loaded as a separate library from the espeakng-loader package. ONNX Runtime (MIT) runs Piper voices you add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="74"/>
        <source>Narration: {count} scene, {seconds:.1f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="76"/>
        <source>Narration: {count} scenes, {seconds:.1f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="106"/>
        <source>Network width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="105"/>
        <source>Network width; smaller trains faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="216"/>
        <source>New Short from &amp;Idea…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="182"/>
        <source>New children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="140"/>
        <source>New faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="386"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="142"/>
        <source>New short from idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="229"/>
        <source>New walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/preview_player.py" line="119"/>
        <source>Next frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="620"/>
        <source>No beats found in {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_edit.py" line="89"/>
        <source>No clip is under the playhead to split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="267"/>
        <source>No hardware encoder works here; x264 encodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_strip.py" line="149"/>
        <source>No keyframes yet: find a face and press Add keyframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="375"/>
        <source>No model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="70"/>
        <source>No narration yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="51"/>
        <source>No narration yet: Generate narration speaks this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="97"/>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/preview_player.py" line="130"/>
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
        <location filename="../../aigc_studio/ui/script_writer.py" line="196"/>
        <source>No text model yet: train one with “Train my text model…” or choose a file in Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="245"/>
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
        <location filename="../../aigc_studio/ui/train_panel.py" line="158"/>
        <source>Not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="92"/>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="251"/>
        <source>Nothing selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="499"/>
        <source>Nothing to export yet: add a walk in Explore or scenes in Script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="52"/>
        <source>Nothing to go to ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="66"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="53"/>
        <source>Ollama: http://127.0.0.1:11434 · llama.cpp server: http://127.0.0.1:8080 · LM Studio: http://127.0.0.1:1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="645"/>
        <source>On the beats of {name}: {tempo}{beats} beats</source>
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
        <location filename="../../aigc_studio/ui/project_files.py" line="70"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="245"/>
        <source>Open Sample Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="129"/>
        <source>Open a .safetensors model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="85"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="248"/>
        <source>Open on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="394"/>
        <source>Open project (a .aigcproj folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="479"/>
        <source>Open the folder holding this video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="248"/>
        <source>Open variant 1&apos;s project in the studio to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="406"/>
        <source>Opened {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="88"/>
        <source>Optimiser steps; 2000 is a quick run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="69"/>
        <source>Outlined, near the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="175"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="245"/>
        <source>Own sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="160"/>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="160"/>
        <source>Paste at the playhead (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="211"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="143"/>
        <location filename="../../aigc_studio/ui/train_panel.py" line="275"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/preview_player.py" line="175"/>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="49"/>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="115"/>
        <source>Pick
face B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="710"/>
        <source>Pick a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="134"/>
        <source>Pick a folder to look for the missing files in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="126"/>
        <source>Pick a new random seed and jump to its face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="710"/>
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
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="88"/>
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
        <location filename="../../aigc_studio/ui/host_dialog.py" line="151"/>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="203"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/preview_player.py" line="118"/>
        <location filename="../../aigc_studio/ui/preview_player.py" line="188"/>
        <source>Play (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="222"/>
        <source>Play the walk here at the video&apos;s frame rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="278"/>
        <source>Playing scene {number}&apos;s line ({seconds})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="193"/>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="142"/>
        <location filename="../../aigc_studio/ui/script_voice.py" line="262"/>
        <source>Preview line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/preview_player.py" line="117"/>
        <source>Previous frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="85"/>
        <source>Put Piper voices (.onnx + .onnx.json) here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="248"/>
        <source>Put a {file} (filename + whole-number class columns) in the image folder to train a model that draws a chosen class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="161"/>
        <source>Put the keyframes on the beats of a piece of music</source>
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
        <location filename="../../aigc_studio/ui/export_panel.py" line="201"/>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="126"/>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="572"/>
        <source>Random face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="183"/>
        <source>Random faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="64"/>
        <source>Range of “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="123"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="164"/>
        <source>Re-open the selected latent walk in Explore to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_view.py" line="379"/>
        <source>Re-open this walk&apos;s keyframes in Explore to change them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/preview.py" line="402"/>
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
        <location filename="../../aigc_studio/ui/export_panel.py" line="294"/>
        <source>Ready to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="239"/>
        <source>Recording for scene {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="49"/>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="101"/>
        <source>Redo the last explorer move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="615"/>
        <source>Relinked 1 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="617"/>
        <source>Relinked {count} files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="74"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="131"/>
        <source>Remove from favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="175"/>
        <source>Remove scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="148"/>
        <source>Remove the selected clips (Delete; undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="155"/>
        <source>Remove the selected clips and close the gap (Shift+Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="154"/>
        <source>Remove the selected keyframe (Delete key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="175"/>
        <source>Remove the selected scenes (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="147"/>
        <source>Removed favourite {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="378"/>
        <source>Removed {scenes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="242"/>
        <source>Rename, hide, reorder and set the range of the sliders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="257"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="91"/>
        <source>Render a vertical MP4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="281"/>
        <source>Render the project to the MP4 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="169"/>
        <source>Render the timeline to a vertical MP4 ready for short-video platforms. You can keep editing while it renders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/preview.py" line="443"/>
        <source>Rendering the grid of faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/player.py" line="312"/>
        <location filename="../../aigc_studio/engine/preview.py" line="460"/>
        <source>Rendering the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="207"/>
        <source>Repeat the file to fill the clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="252"/>
        <source>Repeat the sound to fill the clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="72"/>
        <source>Replace the scenes with a script on the topic (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="237"/>
        <source>Replace the timeline clip with this walk (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="121"/>
        <source>Reset all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="97"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="69"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="710"/>
        <source>Restored the unsaved changes of {name}; Save to keep them in a new project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="706"/>
        <source>Restored the unsaved changes of {name}; Save to keep them in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="275"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="154"/>
        <source>Ripple delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="87"/>
        <location filename="../../aigc_studio/ui/train_panel.py" line="256"/>
        <source>Run folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="64"/>
        <source>SFX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="113"/>
        <source>Same seed, same script; another seed, other phrasings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="214"/>
        <source>Same seed, same short; another seed, other faces and words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="183"/>
        <source>Samples appear after the first step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="237"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="230"/>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="486"/>
        <source>Save project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="373"/>
        <source>Save the changes to “{name}” first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="100"/>
        <source>Save the model as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="294"/>
        <source>Save the short as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="150"/>
        <source>Save the text model as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="242"/>
        <source>Save, copying media from elsewhere on disk into the project&apos;s assets folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="512"/>
        <source>Saved {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="390"/>
        <source>Scene moved to place {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="361"/>
        <source>Scene {number} added: type its line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="278"/>
        <source>Scene {number} goes back to the generated voice: Generate narration to speak it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="368"/>
        <source>Scene {number} inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="414"/>
        <source>Scene {number} split in two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="260"/>
        <source>Scene {number} uses your recording ({seconds:.1f} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="33"/>
        <source>Scenes with shots, lines and sound effects, written for you from a topic, then voiced and captioned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="425"/>
        <source>Scenes {first} and {second} merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="89"/>
        <location filename="../../aigc_studio/ui/script_panel.py" line="131"/>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="139"/>
        <source>Scripts</source>
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
        <location filename="../../aigc_studio/ui/main_window.py" line="90"/>
        <source>See and edit the clips of your video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="120"/>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="150"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="215"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="582"/>
        <source>Seed {seed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="167"/>
        <source>Select a clip to see and change its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="420"/>
        <source>Select a scene that has one after it to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="273"/>
        <source>Select a scene that uses your recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="375"/>
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
        <location filename="../../aigc_studio/ui/script_panel.py" line="395"/>
        <source>Select the scene to split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="235"/>
        <location filename="../../aigc_studio/ui/script_narration.py" line="251"/>
        <source>Select the scene your recording is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="258"/>
        <source>Set range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="43"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="140"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="76"/>
        <source>Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="219"/>
        <source>Several versions to compare (A/B testing), made in turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="64"/>
        <source>Shot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="107"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="271"/>
        <source>Show hidden slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="127"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="479"/>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="254"/>
        <source>Shows the line: {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="182"/>
        <source>Sixteen other mutations of this face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="140"/>
        <source>Sixteen other random faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="137"/>
        <source>Sixteen random faces. Click one to make it the current face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="197"/>
        <source>Sixteen random faces: click one to start from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="198"/>
        <source>Sixteen small mutations of the current face: click one to evolve it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="208"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="64"/>
        <source>Slide in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="92"/>
        <source>Slider settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="242"/>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="280"/>
        <source>Slider settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="182"/>
        <source>Sliders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="89"/>
        <source>Small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="154"/>
        <source>Small random mutations of the current face. Click the one you like best: it becomes the current face and has children of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="68"/>
        <source>Small, with a soft shadow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="108"/>
        <source>Small-data recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="92"/>
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
        <location filename="../../aigc_studio/ui/walk_editor.py" line="157"/>
        <source>Space evenly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="39"/>
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
        <location filename="../../aigc_studio/ui/script_narration.py" line="189"/>
        <source>Speaking the script&apos;s lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="240"/>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="185"/>
        <source>Spherical (slerp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="188"/>
        <source>Spherical keeps faces in between as sharp as the keyframes; linear cuts across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="185"/>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="143"/>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="143"/>
        <source>Split at the playhead (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="186"/>
        <source>Split the scene after the sentence the cursor is in (or its first one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="63"/>
        <source>Spoken by the project&apos;s voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="157"/>
        <source>Spread the keyframes evenly over the clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="82"/>
        <source>Square 1:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="89"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="93"/>
        <source>Standard: slower on a CPU, writes better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="214"/>
        <location filename="../../aigc_studio/ui/train_panel.py" line="128"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="78"/>
        <source>Start at beat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="120"/>
        <source>Start from the default face model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="105"/>
        <source>Start from this face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="136"/>
        <source>Start training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="114"/>
        <source>Start training on these scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="103"/>
        <source>Start with the sample project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="373"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="400"/>
        <source>Step {step} quality: KID {kid:.3f} · precision {precision:.2f} · recall {recall:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="381"/>
        <source>Step {step}/{total} · loss D {loss_d:.3f} · loss G {loss_g:.3f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="89"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="258"/>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="116"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="140"/>
        <source>Stop after this step and save a checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="229"/>
        <source>Stop editing this clip and start an empty walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="116"/>
        <source>Stop now and keep what was learned so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="258"/>
        <source>Stop now; no unfinished video is left behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="284"/>
        <source>Stop the export; no file is left behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="180"/>
        <source>Stop the voice; the script stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="231"/>
        <source>Stop the writer; the scenes stay as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="437"/>
        <source>Stopped before the short was finished; no unfinished video was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="227"/>
        <source>Stopped early and saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="443"/>
        <source>Stopped. {finished} of {variants} videos were finished before the stop and are kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="203"/>
        <source>Stopping after this step; what was learned is kept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="387"/>
        <source>Stopping at the next step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="759"/>
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
        <location filename="../../aigc_studio/ui/walk_editor.py" line="161"/>
        <source>Sync to beats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/language_menu.py" line="25"/>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="51"/>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="57"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="64"/>
        <source>Teach a small face model your own style: choose a folder of images, start, and watch the samples improve. Cancel keeps the last checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="145"/>
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
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="152"/>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="97"/>
        <source>Text models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="736"/>
        <source>That clip is no longer on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="806"/>
        <source>That favourite belongs to another model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="410"/>
        <source>That line has one sentence: there is nothing to split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="140"/>
        <source>The LLM server&apos;s address and model, your text model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="228"/>
        <source>The MP4 to write; the project is saved beside it</source>
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
        <location filename="../../aigc_studio/ui/clip_properties.py" line="220"/>
        <source>The caption&apos;s words (applied on leaving the box, or Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="115"/>
        <source>The captions use characters the caption font does not have; they would show as empty boxes: {characters}. Replace them with more common ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="70"/>
        <source>The face for the current latent, rendered live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="126"/>
        <source>The face in Explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="207"/>
        <source>The face model whose faces appear; empty = the shipped one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="319"/>
        <source>The face model {path} is not there; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="302"/>
        <source>The file appears only when the export completes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="504"/>
        <source>The folder {folder} does not exist; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="302"/>
        <source>The image folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/jobs.py" line="89"/>
        <source>The job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/language_menu.py" line="19"/>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="104"/>
        <source>The language changes the next time AIGC Studio starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="174"/>
        <source>The language of the script, the voice and the captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="105"/>
        <source>The language the lines are written in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="56"/>
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
        <location filename="../../aigc_studio/ui/writer_settings.py" line="59"/>
        <source>The model&apos;s name as the server knows it, e.g. qwen2.5:3b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="111"/>
        <source>The narration the script has now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="201"/>
        <source>The platform the video is for: its size and frame rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="219"/>
        <source>The platform whose length limit the total is checked against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="192"/>
        <source>The platform&apos;s format: frame size, rate and length limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="439"/>
        <source>The project folder {folder} is no longer there (moved or deleted), so it was taken off the recent list; use Open… to find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="111"/>
        <source>The recipe (augmentation, spectral norm, averaged weights) trains stably on a few hundred images; DCGAN is the original 2016 network and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="123"/>
        <source>The same seed always gives the same face (as the CLI does)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="67"/>
        <source>The sample short is open on the timeline: press Space to play it. Everything here runs on this computer, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="214"/>
        <source>The script changed while it was being spoken: Generate narration again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="69"/>
        <source>The scripts the model learns from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="109"/>
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
        <location filename="../../aigc_studio/ui/main_window.py" line="291"/>
        <source>The three main jobs, and a short from an idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="55"/>
        <source>The timeline&apos;s sound clips are silent: nothing to normalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="305"/>
        <source>The walk is drawn in the classes of its newest keyframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="160"/>
        <source>The writer&apos;s text appears here as it is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="58"/>
        <source>The {keyframes} keyframes are placed on the music&apos;s beats, so the face arrives at each one on a beat. The music is taken to start with the walk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="62"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="326"/>
        <source>There is no text model of yours yet: train one in the Script area (Train my text model…) or choose another writer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="251"/>
        <source>These files were not added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="228"/>
        <source>This model was trained with labels: pick the class to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="78"/>
        <source>TikTok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="90"/>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="68"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="286"/>
        <source>Tip: the spherical path (slerp) keeps the faces between keyframes as sharp as the keyframes. A walk on the timeline opens here again with a double-click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_meta.py" line="30"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="69"/>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="107"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="70"/>
        <location filename="../../aigc_studio/ui/export_panel.py" line="98"/>
        <source>Top left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="71"/>
        <location filename="../../aigc_studio/ui/export_panel.py" line="99"/>
        <source>Top right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="169"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="100"/>
        <source>Topic, e.g. how a GAN learns faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="87"/>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="114"/>
        <location filename="../../aigc_studio/ui/train_panel.py" line="63"/>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="87"/>
        <source>Train a face model on your own images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="136"/>
        <source>Train a model on the image folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="52"/>
        <source>Train my text model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="145"/>
        <source>Train my text model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="166"/>
        <source>Train on CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="67"/>
        <source>Train one with “Train my text model…”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="194"/>
        <source>Train text model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="227"/>
        <source>Trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="332"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="412"/>
        <source>Training finished; model saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="176"/>
        <source>Training messages appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="329"/>
        <source>Training on {images} → {run}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="327"/>
        <source>Training on {images} → {run} on the CPU, from the saved state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="349"/>
        <source>Training paused after this step; press Resume to go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="346"/>
        <source>Training resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="339"/>
        <source>Training started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="98"/>
        <source>Training steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="417"/>
        <source>Training stopped with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="198"/>
        <source>Training stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="419"/>
        <source>Training stopped: the GPU ran out of memory.</source>
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
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="135"/>
        <source>Truncation ψ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="30"/>
        <source>Truncation ψ scales the latent towards the average face: the face drawn is ψ × z.
1 is the face itself; lower values (0.5–0.8) give more typical, cleaner faces with less variety;
0 is the average face for every seed; above 1 exaggerates features (and flaws).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="610"/>
        <source>Truncation ψ {psi:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="215"/>
        <source>Type a topic first, e.g. “how a GAN learns faces”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="68"/>
        <source>Type a topic first, in a sentence, e.g. “why cats knock things off tables”; the script is written about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="220"/>
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
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="93"/>
        <source>Undo the last explorer move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="372"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="360"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="237"/>
        <source>Update clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="115"/>
        <source>Use an audio file you recorded as the selected scene&apos;s voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="125"/>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="106"/>
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
        <location filename="../../aigc_studio/ui/walk_editor.py" line="202"/>
        <source>Use this easing for every segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="220"/>
        <source>Variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="51"/>
        <location filename="../../aigc_studio/ui/timeline_style.py" line="66"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="88"/>
        <source>Video file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="217"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="226"/>
        <source>Virtual host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="210"/>
        <source>Virtual host added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_paint.py" line="88"/>
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
        <location filename="../../aigc_studio/ui/explore_panel.py" line="827"/>
        <source>Wait for the face to appear, then add it as a keyframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="193"/>
        <source>Walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="264"/>
        <source>Walk cleared: its keyframes belong to another model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="532"/>
        <source>Walk updated on the timeline (Edit ▸ Undo restores it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_paint.py" line="89"/>
        <source>Walk · {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="572"/>
        <source>Warning: 1 keyframe may copy training images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="578"/>
        <source>Warning: {count} keyframes may copy training images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="434"/>
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
        <location filename="../../aigc_studio/ui/host_dialog.py" line="139"/>
        <source>What moves the mouth: a direction fitted on faces like this one, or one of the explorer&apos;s sliders (as listed in Explore for this model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="167"/>
        <source>What the short is about, in a sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="214"/>
        <source>Where the clip begins on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="85"/>
        <source>Where the model, samples and metrics go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="230"/>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="100"/>
        <source>Where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="179"/>
        <source>Where to write the .mp4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="223"/>
        <source>Which corner the mark sits in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="252"/>
        <source>Which moment of the video the cover shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="363"/>
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
        <location filename="../../aigc_studio/ui/script_narration.py" line="166"/>
        <source>Write a line in a scene first: there is nothing to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="32"/>
        <source>Write a script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="68"/>
        <source>Write for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="233"/>
        <source>Write script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="229"/>
        <source>Write subtitles (.srt) and a description (.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="89"/>
        <source>Write the scenes and lines of your short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="255"/>
        <source>Write, voice, animate and export it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="185"/>
        <location filename="../../aigc_studio/ui/script_writer.py" line="125"/>
        <source>Writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="47"/>
        <source>Writer settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="276"/>
        <source>Writing cancelled; the scenes are unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="240"/>
        <source>Writing with {writer}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="435"/>
        <source>Wrote {count} scenes: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="79"/>
        <source>YouTube Shorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="61"/>
        <source>Your recording: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="230"/>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="177"/>
        <source>Zoom in (Ctrl + mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="176"/>
        <source>Zoom out (Ctrl + mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="181"/>
        <source>Zoom to show the whole project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="382"/>
        <source>a latent walk needs at least two keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="276"/>
        <source>a {size}-value latent cannot join a walk of {walk_size}-value latents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="100"/>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="103"/>
        <source>auto uses a GPU when there is one, else the CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="60"/>
        <source>before-after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="274"/>
        <source>caption &quot;{text}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_style.py" line="54"/>
        <source>captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="284"/>
        <source>clip {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="188"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="166"/>
        <source>e.g. why cats knock things off tables</source>
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
        <location filename="../../aigc_studio/ui/timeline_style.py" line="57"/>
        <source>effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="58"/>
        <source>hook-problem-reveal-cta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="281"/>
        <source>image {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="276"/>
        <source>latent walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_strip.py" line="26"/>
        <source>linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="59"/>
        <source>list-of-n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="385"/>
        <source>load a model before adding a walk</source>
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
        <location filename="../../aigc_studio/ui/timeline_style.py" line="56"/>
        <source>music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="60"/>
        <source>my recording · {seconds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_style.py" line="55"/>
        <source>narration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="27"/>
        <source>never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="55"/>
        <source>out of date · {seconds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="112"/>
        <source>seed </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="279"/>
        <source>sound {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="332"/>
        <location filename="../../aigc_studio/ui/loss_plot.py" line="85"/>
        <source>step {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="61"/>
        <source>story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="184"/>
        <source>the disk is full; free some space or choose another drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="62"/>
        <source>tutorial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="332"/>
        <source>untrained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_style.py" line="53"/>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="283"/>
        <source>video file {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="276"/>
        <source>virtual host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="63"/>
        <source>voice · {seconds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="559"/>
        <source>walk at {start}, keyframe {keyframe} ≈ {image} (distance {distance:.2f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="72"/>
        <source>x264 (software)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="143"/>
        <source>x264 speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="137"/>
        <source>x264&apos;s speed: slower makes a smaller file at the same quality (ultrafast gives up the High profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="186"/>
        <source>you may not write there; choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="238"/>
        <source>{count} clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="238"/>
        <source>{count} clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="259"/>
        <source>{count} clips selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="802"/>
        <source>{count} keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="574"/>
        <source>{count} keyframes very close to training images and may copy them: {places}. The export goes on; check them before you publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="157"/>
        <source>{count} media files are missing ({names}); their clips stay silent or blank until relinked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="538"/>
        <source>{count} media files could not be collected because they are missing: {names}. Use Find files… to relink them, then Collect Files again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="666"/>
        <source>{count} recovery copies could not be read and were skipped: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="76"/>
        <source>{count} scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="76"/>
        <source>{count} scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="86"/>
        <source>{entry} (folder missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="90"/>
        <source>{folder} is no longer there</source>
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
        <location filename="../../aigc_studio/ui/walk_editor.py" line="803"/>
        <source>{keyframes} · {duration} · {frames} frames at {fps} fps</source>
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
        <location filename="../../aigc_studio/ui/script_panel.py" line="213"/>
        <source>{name} (max {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="86"/>
        <source>{name} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="99"/>
        <source>{name} has no frames to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="133"/>
        <source>{name} has no sound in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="130"/>
        <source>{name} is not a sound file AIGC Studio can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="95"/>
        <source>{name} is not a video AIGC Studio can read</source>
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
        <location filename="../../aigc_studio/ui/explore_panel.py" line="335"/>
        <source>{name} · {size} px · {trained}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="28"/>
        <source>{name} — autosaved {when} ({where})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="134"/>
        <source>{name}: double-click to rename, right-click for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="229"/>
        <source>{outcome}: {steps:,} steps. Validation loss {loss:.2f} (a model that ignores context scores {baseline:.2f}; lower is better). The “My text model” writer now uses {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="65"/>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="104"/>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="121"/>
        <source>{percent}% B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="90"/>
        <source>{quality} (CRF {crf})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="620"/>
        <source>{relinked} Not found in {folder}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="622"/>
        <source>{relinked} {count} still missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="268"/>
        <source>{scenes} · total {total} of {limit}</source>
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
        <location filename="../../aigc_studio/ui/project_files.py" line="176"/>
        <location filename="../../aigc_studio/ui/project_files.py" line="196"/>
        <source>{sentence} Your changes are still open here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="94"/>
        <source>{size} px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="358"/>
        <source>{status} · cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="807"/>
        <source>{summary} · add at least two keyframes to make a walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="644"/>
        <source>{tempo:.0f} BPM · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="262"/>
        <source>{track}: {clip}, {start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="445"/>
        <source>{width}×{height} · {fps} fps · H.264 + AAC · {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="585"/>
        <source>■ Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="222"/>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="585"/>
        <source>▶ Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="93"/>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="113"/>
        <source>★ Favourite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
