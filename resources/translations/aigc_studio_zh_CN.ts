<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AIGC Studio</name>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="191"/>
        <source> (not found)</source>
        <translation>（未找到）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="497"/>
        <source> (quality check off: {error})</source>
        <translation>（质量检查已关闭：{error}）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="451"/>
        <source> (saved by {saved} process(es), resumed on {now}: batches differ from an uninterrupted run)</source>
        <translation>（由 {saved} 个进程保存，在 {now} 个进程上继续：批次与不中断的训练不同）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="149"/>
        <source> (used by {users})</source>
        <translation>（使用者：{users}）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="765"/>
        <source> ({note})</source>
        <translation>（{note}）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="171"/>
        <source> Left out: {files}.</source>
        <translation> 已跳过：{files}。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="177"/>
        <source> characters a line</source>
        <translation> 字符/行</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="126"/>
        <source> fps</source>
        <translation> 帧/秒</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="68"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="145"/>
        <location filename="../../aigc_studio/media/tts.py" line="94"/>
        <location filename="../../aigc_studio/quick/pipeline.py" line="131"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="118"/>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="119"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="248"/>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="188"/>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="842"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="544"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="406"/>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="223"/>
        <source> · about {time} left</source>
        <translation> · 约剩 {time}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="45"/>
        <source> · classes {classes}</source>
        <translation> · 类别 {classes}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_paint.py" line="102"/>
        <location filename="../../aigc_studio/ui/timeline_paint.py" line="108"/>
        <source> · loop</source>
        <translation> · 循环</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="187"/>
        <source> · up to {minutes} min</source>
        <translation> · 最长 {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="87"/>
        <source> · {count} not narrated</source>
        <translation> · {count} 个未配音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="84"/>
        <source> · {count} out of date</source>
        <translation> · {count} 个已过期</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="81"/>
        <source> · {count} recorded</source>
        <translation> · {count} 个为录音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="396"/>
        <source> · {duration} left</source>
        <translation> · 剩余 {duration}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="278"/>
        <source> · {excess} too long</source>
        <translation> · 超出 {excess}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="394"/>
        <source> · {rate:.0f} img/s</source>
        <translation> · {rate:.0f} 张/秒</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="26"/>
        <source>%d %b %H:%M</source>
        <translation>%m月%d日 %H:%M</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="341"/>
        <source>&amp;About AIGC Studio</source>
        <translation>关于 AIGC Studio(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="105"/>
        <source>&amp;Clear List</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="259"/>
        <source>&amp;Collect Files</source>
        <translation>收集文件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="284"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="214"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="322"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="333"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/language_menu.py" line="37"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="217"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="233"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="277"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="289"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="243"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="299"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="285"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="306"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="325"/>
        <source>&amp;Welcome</source>
        <translation>欢迎(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/command_base.py" line="169"/>
        <source>&apos;{step}&apos; cannot be undone: it was not applied</source>
        <translation>“{step}”无法撤销：它尚未执行</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/document.py" line="79"/>
        <source>&apos;{step}&apos; edits another project than this document&apos;s</source>
        <translation>“{step}”编辑的不是本文档的项目</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/command_base.py" line="161"/>
        <source>&apos;{step}&apos; is already applied; undo it before redoing</source>
        <translation>“{step}”已执行；请先撤销再重做</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="238"/>
        <source>0% invisible, 100% covers the tracks below</source>
        <translation>0% 不可见，100% 完全遮住下面的轨道</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="815"/>
        <source>1 keyframe</source>
        <translation>1 个关键帧</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="570"/>
        <source>1 keyframe very close to training images and may copy them: {places}. The export goes on; check it before you publish.</source>
        <translation>有 1 个关键帧与训练图片非常接近，可能是照搬：{places}。导出会继续；发布前请检查。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="600"/>
        <source>1 media file could not be collected because it is missing: {names}. Use Find files… to relink it, then Collect Files again.</source>
        <translation>有 1 个素材文件缺失，无法收集：{names}。请用“查找文件…”重新链接，然后再次收集文件。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="163"/>
        <source>1 media file is missing ({names}); its clips stay silent or blank until relinked.</source>
        <translation>缺少 1 个素材文件（{names}）；重新链接之前，相关片段将无声或空白。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="731"/>
        <source>1 recovery copy could not be read and was skipped: {problem}</source>
        <translation>有 1 份恢复副本无法读取，已跳过：{problem}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="70"/>
        <source>60-second short</source>
        <translation>60 秒短视频</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/dataset.py" line="49"/>
        <location filename="../../aigc_studio/gan/directions.py" line="257"/>
        <location filename="../../aigc_studio/ui/export_panel.py" line="560"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="464"/>
        <source>; conditional on {labels}</source>
        <translation>；按 {labels} 条件生成</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="456"/>
        <source>; started from {name} (step {step})</source>
        <translation>；从 {name}（第 {step} 步）开始</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="53"/>
        <source>&lt;b&gt;AIGC Studio did not close properly last time.&lt;/b&gt;&lt;br&gt;These projects had changes that were not saved. Restore one to continue where you left off; Save then writes it to its project folder.</source>
        <translation>&lt;b&gt;AIGC Studio 上次没有正常关闭。&lt;/b&gt;&lt;br&gt;这些项目有未保存的更改。恢复一个即可从上次中断的地方继续；之后保存会写入它的项目文件夹。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="96"/>
        <source>A bigger model learns more but takes longer without a GPU</source>
        <translation>模型越大学得越多，但没有 GPU 时训练更久</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="533"/>
        <source>A clip has no media file; relink it to a file.</source>
        <translation>有片段没有素材文件；请为它重新链接文件。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="482"/>
        <source>A clip has no model; pick a model for it.</source>
        <translation>有片段没有模型；请为它选择模型。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="246"/>
        <source>A conditional model: Explore lets you choose each label&apos;s class</source>
        <translation>条件模型：在“探索”中可为每个标签选择类别</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="204"/>
        <source>A draft renders faster at half the width and height</source>
        <translation>草稿以一半的宽高渲染，速度更快</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="137"/>
        <source>A face from a seed</source>
        <translation>由种子生成的面孔</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="119"/>
        <source>A face from the model speaks the narration: its mouth follows the voice&apos;s loudness, it blinks and sways a little.</source>
        <translation>由模型生成的面孔来念旁白：嘴型跟随声音响度，还会眨眼和轻微摆动。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="321"/>
        <source>A face model is a .safetensors file; choose one with Browse….</source>
        <translation>面孔模型是 .safetensors 文件；请用“浏览…”选择。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="224"/>
        <source>A face that speaks the narration (数字人): over the whole frame or in a corner</source>
        <translation>念旁白的面孔（数字人）：占满画面或放在角落</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="189"/>
        <source>A face that speaks the narration, full frame or in a corner (undoable)</source>
        <translation>一张会念旁白的面孔，全屏或在角落（可撤销）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="149"/>
        <source>A hardware encoder is faster; the list shows the ones that work on this computer</source>
        <translation>硬件编码器更快；列表中是本机可用的编码器</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="198"/>
        <source>A healthy run keeps both losses bounded; neither should reach 0.</source>
        <translation>训练正常时两条损失都保持在一定范围内，都不应降到 0。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/quick/pipeline.py" line="130"/>
        <source>A quick short is written in {languages}, not {lang!r}.</source>
        <translation>一键成片只支持 {languages}，不支持 {lang!r}。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/parse.py" line="120"/>
        <source>A scene in the writer&apos;s JSON is {item!r:.30}, not an object.</source>
        <translation>写出的 JSON 中有个场景是 {item!r:.30}，不是对象。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/parse.py" line="185"/>
        <source>A scene&apos;s line is {chars} characters, too long to say in one scene (at most {limit}); try again.</source>
        <translation>有个场景的台词有 {chars} 个字符，一个场景说不完（最多 {limit} 个）；请重试。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/structures.py" line="423"/>
        <source>A short needs at least {seconds:g} seconds.</source>
        <translation>短视频至少需要 {seconds:g} 秒。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="41"/>
        <source>A vertical MP4 for Douyin, TikTok, Shorts, Reels or Bilibili, at the loudness platforms expect.</source>
        <translation>导出适合抖音、TikTok、Shorts、Reels 或哔哩哔哩的竖屏 MP4，响度符合平台标准。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/talking.py" line="218"/>
        <source>A virtual host needs a model without classes (unconditional).</source>
        <translation>虚拟主播需要不带类别的模型（无条件模型）。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="213"/>
        <source>A visible “AI生成 / AI-generated” mark in a corner and a statement in the file&apos;s metadata, as platforms and the rules on AI-generated content ask</source>
        <translation>按平台和 AI 生成内容标识规定，在角落显示“AI生成 / AI-generated”标记，并在文件元数据中写入声明</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="160"/>
        <source>AAC stereo at 48 kHz</source>
        <translation>AAC 立体声，48 kHz</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="226"/>
        <source>AI label</source>
        <translation>AI 标识</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/about.py" line="25"/>
        <source>AIGC Studio is released under the MIT licence.</source>
        <translation>AIGC Studio 以 MIT 许可证发布。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="555"/>
        <source>AIGC Studio project</source>
        <translation>AIGC Studio 项目</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/about.py" line="45"/>
        <source>About AIGC Studio</source>
        <translation>关于 AIGC Studio</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="142"/>
        <source>Add a recording at the playhead on the narration track</source>
        <translation>在播放头处把录音添加到旁白轨道</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="171"/>
        <source>Add a scene at the end of the script</source>
        <translation>在脚本末尾添加一个场景</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="149"/>
        <source>Add a sound at the playhead on the effects track</source>
        <translation>在播放头处把声音添加到音效轨道</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="799"/>
        <source>Add as new clip</source>
        <translation>添加为新片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="86"/>
        <source>Add caption</source>
        <translation>添加字幕</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="86"/>
        <source>Add clip</source>
        <translation>添加片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="176"/>
        <source>Add host</source>
        <translation>添加主播</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="130"/>
        <source>Add images, video or sound at the playhead (sound goes on the music track; the arrow puts it on narration or effects)</source>
        <translation>在播放头处添加图片、视频或声音（声音放到音乐轨；点箭头可放到旁白轨或音效轨）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="152"/>
        <source>Add keyframe</source>
        <translation>添加关键帧</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="178"/>
        <source>Add more scripts: {reason}.</source>
        <translation>请添加更多脚本：{reason}。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="171"/>
        <source>Add scene</source>
        <translation>添加场景</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="73"/>
        <source>Add script files to learn from</source>
        <translation>添加用于学习的脚本文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="73"/>
        <source>Add scripts…</source>
        <translation>添加脚本…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="211"/>
        <source>Add the face in the preview as the next keyframe of the walk</source>
        <translation>把预览中的面孔添加为漫步的下一个关键帧</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="153"/>
        <source>Add the face in the preview as the walk&apos;s next keyframe</source>
        <translation>把预览中的面孔添加为漫步的下一个关键帧</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="243"/>
        <source>Add the walk as a new clip on the video track</source>
        <translation>把漫步作为新片段添加到视频轨道</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="242"/>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="799"/>
        <source>Add to timeline</source>
        <translation>添加到时间线</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/host_commands.py" line="44"/>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="110"/>
        <source>Add virtual host</source>
        <translation>添加虚拟主播</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="188"/>
        <source>Add virtual host…</source>
        <translation>添加虚拟主播…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="145"/>
        <source>Add your scripts</source>
        <translation>添加你的脚本</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="533"/>
        <source>Added a {length:g} s walk at {time}</source>
        <translation>已在 {time} 添加 {length:g} 秒的漫步</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="107"/>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="215"/>
        <source>After the last keyframe walk back to the first, so the clip repeats seamlessly</source>
        <translation>最后一个关键帧之后走回第一个，让片段无缝循环</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="36"/>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="598"/>
        <source>All media is inside the project folder.</source>
        <translation>所有素材都已在项目文件夹中。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="210"/>
        <source>All segments</source>
        <translation>全部分段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="82"/>
        <source>Also learn from this project&apos;s script</source>
        <translation>同时学习本项目的脚本</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="66"/>
        <source>An audio file: WAV, MP3, M4A, FLAC, OGG…</source>
        <translation>音频文件：WAV、MP3、M4A、FLAC、OGG…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/about.py" line="54"/>
        <source>An offline studio for short-video creators: train a small GAN on your own images, explore its faces, write a script and export vertical shorts.</source>
        <translation>为短视频创作者打造的离线工作室：用自己的图片训练小型 GAN，探索它生成的面孔，编写脚本，导出竖屏短视频。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="117"/>
        <source>Architecture</source>
        <translation>网络结构</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/quick/pipeline.py" line="145"/>
        <source>Ask for at least one variant, not {variants}.</source>
        <translation>至少要生成一个版本，当前为 {variants}。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="245"/>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="36"/>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="162"/>
        <source>Audio bitrate</source>
        <translation>音频码率</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="187"/>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="249"/>
        <source>Auto (1 s in)</source>
        <translation>自动（第 1 秒）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="70"/>
        <source>Auto (hardware when available)</source>
        <translation>自动（可用时使用硬件）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="711"/>
        <source>Autosave could not write a recovery copy ({reason}); save the project to keep your changes.</source>
        <translation>自动保存无法写入恢复副本（{reason}）；请保存项目以保留更改。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="97"/>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="305"/>
        <source>Back to 0</source>
        <translation>归零</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="121"/>
        <source>Back to generated voice</source>
        <translation>改回生成配音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="126"/>
        <source>Back to the model&apos;s names, order and ranges, all shown</source>
        <translation>恢复模型自带的名称、顺序和范围，并全部显示</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="102"/>
        <source>Back: undo “{move}” ({keys})</source>
        <translation>后退：撤销“{move}”（{keys}）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/sample.py" line="49"/>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="92"/>
        <source>Batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="238"/>
        <source>Beside the MP4: a frame of the video with the project&apos;s name on it, for the platform&apos;s cover picker</source>
        <translation>保存在 MP4 旁边：视频中的一帧，叠加项目名称，供平台选封面使用</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="229"/>
        <source>Beside the MP4: the captions as SRT, and a title, description and hashtags from the script for the upload form</source>
        <translation>保存在 MP4 旁边：SRT 格式的字幕，以及根据脚本生成的标题、简介和话题标签，方便发布时填写</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="67"/>
        <source>Big yellow (variety show)</source>
        <translation>大号黄字（综艺风）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="80"/>
        <source>Bilibili</source>
        <translation>哔哩哔哩</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="192"/>
        <source>Blend</source>
        <translation>混合</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="138"/>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="119"/>
        <source>Blend the face on screen towards this one</source>
        <translation>将当前面孔向这张面孔混合</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="770"/>
        <source>Blend {percent}% with face B</source>
        <translation>与面孔 B 混合 {percent}%</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="72"/>
        <location filename="../../aigc_studio/ui/export_panel.py" line="99"/>
        <source>Bottom left</source>
        <translation>左下角</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="73"/>
        <location filename="../../aigc_studio/ui/export_panel.py" line="100"/>
        <source>Bottom right</source>
        <translation>右下角</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="143"/>
        <source>Bring the mix to the loudness target on export; platforms turn loud videos down and leave quiet ones quiet</source>
        <translation>导出时把混音调整到目标响度；平台会调低过响的视频，但不会调高过轻的视频</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/widgets.py" line="92"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/about.py" line="75"/>
        <source>Built with PySide6 {version}.</source>
        <translation>基于 PySide6 {version} 构建。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="49"/>
        <source>Built-in structures (instant, offline)</source>
        <translation>内置结构（即时、离线）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="131"/>
        <source>Built-in structures work instantly and offline; a local LLM server or your own text model write in their own words</source>
        <translation>内置结构即时生成且离线可用；本地 LLM 服务或你自己的文本模型会用自己的话来写</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="133"/>
        <source>CRF</source>
        <translation>CRF</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/device.py" line="25"/>
        <source>CUDA was requested but no CUDA GPU is available (use --device cpu)</source>
        <translation>指定了 CUDA，但没有可用的 CUDA GPU（请使用 --device cpu）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="285"/>
        <location filename="../../aigc_studio/ui/script_narration.py" line="181"/>
        <location filename="../../aigc_studio/ui/script_writer.py" line="234"/>
        <location filename="../../aigc_studio/ui/train_panel.py" line="141"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="743"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="745"/>
        <source>Cancelled at step {step}; model saved to {path}{note}</source>
        <translation>已在第 {step} 步取消；模型已保存到 {path}{note}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="431"/>
        <source>Cancelled before training started.</source>
        <translation>训练开始前已取消。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="231"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="366"/>
        <source>Cancelling training: saving a checkpoint…</source>
        <translation>正在取消训练：保存检查点…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="536"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="837"/>
        <source>Cannot add this face to the walk: {error}</source>
        <translation>无法把这张面孔加入漫步：{error}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="369"/>
        <source>Cannot create the folder {folder} ({reason}); choose another place to save.</source>
        <translation>无法创建文件夹 {folder}（{reason}）；请换个保存位置。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="853"/>
        <source>Cannot edit this walk: {error}</source>
        <translation>无法编辑这段漫步：{error}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="265"/>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="469"/>
        <location filename="../../aigc_studio/ui/main_window.py" line="505"/>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="761"/>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="573"/>
        <source>Cannot save project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="92"/>
        <source>Cannot save to {folder}: a file has that name; choose another name.</source>
        <translation>无法保存到 {folder}：已有同名文件；请换个名称。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="672"/>
        <source>Cannot search for the missing files</source>
        <translation>无法查找缺失的文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="95"/>
        <source>Cannot write the zip inside the project folder {folder}; choose another place.</source>
        <translation>不能把压缩包写入项目文件夹 {folder} 内；请换个位置。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="89"/>
        <location filename="../../aigc_studio/ui/script_panel.py" line="64"/>
        <source>Caption</source>
        <translation>字幕</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/about.py" line="32"/>
        <source>Caption font: Noto Sans CJK SC (subset), SIL Open Font License 1.1.</source>
        <translation>字幕字体：Noto Sans CJK SC（子集），SIL Open Font License 1.1。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="192"/>
        <location filename="../../aigc_studio/ui/timeline_style.py" line="116"/>
        <source>Captions</source>
        <translation>字幕</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="231"/>
        <source>Captions go on the timeline at their scene&apos;s time; after Generate narration they follow the speech.</source>
        <translation>字幕按所属场景的时间放到时间线上；生成配音后，字幕会跟随语音。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/sound_commands.py" line="40"/>
        <source>Change caption settings</source>
        <translation>修改字幕设置</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="637"/>
        <source>Change class</source>
        <translation>更改类别</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="179"/>
        <source>Change clip length</source>
        <translation>修改片段时长</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="352"/>
        <source>Change clip properties</source>
        <translation>修改片段属性</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/sound_commands.py" line="20"/>
        <source>Change sound settings</source>
        <translation>修改声音设置</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/host_commands.py" line="132"/>
        <source>Change virtual host</source>
        <translation>修改虚拟主播</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/voice_commands.py" line="25"/>
        <source>Change voice</source>
        <translation>修改配音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="350"/>
        <source>Change {name}</source>
        <translation>修改{name}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="255"/>
        <source>Checking encoders</source>
        <translation>检测编码器</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="253"/>
        <source>Checking for hardware encoders…</source>
        <translation>正在检测硬件编码器…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/preview.py" line="486"/>
        <source>Checking the face against training images</source>
        <translation>将面孔与训练图片比对</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/peak_hold.py" line="33"/>
        <source>Checking the peaks of the encoded sound</source>
        <translation>检查编码后声音的峰值</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/tasks.py" line="192"/>
        <source>Checking the video encoders</source>
        <translation>正在检查视频编码器</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="185"/>
        <source>Children</source>
        <translation>子代</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="209"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="291"/>
        <source>Choose a face model</source>
        <translation>选择面孔模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="211"/>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="95"/>
        <source>Choose a text model</source>
        <translation>选择文本模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="73"/>
        <source>Choose a text model file</source>
        <translation>选择文本模型文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="68"/>
        <source>Choose the music to sync to</source>
        <translation>选择要对齐的音乐</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="181"/>
        <source>Choose the output file</source>
        <translation>选择输出文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="313"/>
        <source>Choose where to save the video (Save as).</source>
        <translation>请选择视频的保存位置（保存为）。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="230"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="365"/>
        <source>Class {number}</source>
        <translation>类别 {number}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="120"/>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="170"/>
        <source>Click to evolve this child; right-click for more</source>
        <translation>点击以继续进化这个子代；右键查看更多</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="151"/>
        <source>Click to start from this face; right-click for more</source>
        <translation>点击从这张面孔开始；右键查看更多</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="92"/>
        <source>Clip</source>
        <translation>片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="164"/>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="327"/>
        <source>Clip properties</source>
        <translation>片段属性</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="266"/>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="125"/>
        <location filename="../../aigc_studio/ui/welcome.py" line="104"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="281"/>
        <source>Close AIGC Studio</source>
        <translation>关闭 AIGC Studio</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="125"/>
        <source>Close this window</source>
        <translation>关闭此窗口</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="266"/>
        <source>Close this window (stops a running short)</source>
        <translation>关闭此窗口（会停止正在生成的短视频）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="187"/>
        <source>Colour the words as they are spoken</source>
        <translation>念到哪个字，哪个字变色</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/features.py" line="151"/>
        <source>Computing features</source>
        <translation>正在计算特征</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="128"/>
        <source>Constant quality: 18 looks lossless, 23 is x264&apos;s default; each step of 6 about halves the file</source>
        <translation>恒定质量：18 看起来近乎无损，23 是 x264 的默认值；每增加 6，文件约减小一半</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/about.py" line="15"/>
        <source>Contains images from Cartoon Set (https://google.github.io/cartoonset/) by Google LLC, licensed under CC BY 4.0. Images were cropped, downscaled to 64x64 and re-encoded.</source>
        <translation>包含来自 Google LLC 的 Cartoon Set（https://google.github.io/cartoonset/）的图片，依据 CC BY 4.0 许可使用。图片经过裁剪、缩小到 64x64 并重新编码。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clipboard.py" line="122"/>
        <source>Copied clip {number} is not valid ({error}); copy it again.</source>
        <translation>复制的第 {number} 个片段无效（{error}）；请重新复制。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clipboard.py" line="114"/>
        <source>Copied item {number} is not a clip AIGC Studio knows; copy it again.</source>
        <translation>复制的第 {number} 项不是 AIGC Studio 认识的片段；请重新复制。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_edit.py" line="130"/>
        <source>Copied {count} clip</source>
        <translation>已复制 {count} 个片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_edit.py" line="130"/>
        <source>Copied {count} clips</source>
        <translation>已复制 {count} 个片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="174"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="174"/>
        <source>Copy the selected clips (Ctrl+C)</source>
        <translation>复制所选片段（Ctrl+C）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="37"/>
        <source>Copy, cut, paste at the playhead</source>
        <translation>复制、剪切、在播放头处粘贴</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="520"/>
        <source>Could not copy the sample project: {reason}</source>
        <translation>无法复制示例项目：{reason}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="789"/>
        <source>Could not delete the recovery copy {folder} ({reason}).</source>
        <translation>无法删除恢复副本 {folder}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="257"/>
        <source>Could not import {name} ({reason}); check there is free space in {folder} and that you may write there.</source>
        <translation>无法导入 {name}（{reason}）；请检查 {folder} 是否有足够空间以及是否有写入权限。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="204"/>
        <source>Could not open {folder}: {reason}.</source>
        <translation>无法打开 {folder}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="753"/>
        <source>Could not read {name}: {error}</source>
        <translation>无法读取 {name}：{error}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="357"/>
        <source>Could not read {path} ({reason}); check its permissions.</source>
        <translation>无法读取 {path}（{reason}）；请检查它的权限。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="164"/>
        <source>Could not remove {name}: {error}</source>
        <translation>无法移除 {name}：{error}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="202"/>
        <source>Could not restore {folder}: {reason}.</source>
        <translation>无法恢复 {folder}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="800"/>
        <source>Could not save the favourite: {error}</source>
        <translation>无法保存收藏：{error}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="129"/>
        <source>Could not save the project to {folder} ({reason}); check there is free space and that you may write there, or choose another folder.</source>
        <translation>无法把项目保存到 {folder}（{reason}）；请检查空间是否充足、是否有写入权限，或换个文件夹。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="200"/>
        <source>Could not save the project to {folder}: {reason}.</source>
        <translation>无法将项目保存到 {folder}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/llm.py" line="152"/>
        <source>Could not talk to the LLM server at {url} ({reason}).</source>
        <translation>无法连接 {url} 的 LLM 服务（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="141"/>
        <source>Could not write {path} ({reason}); check there is free space and that you may write there, or choose another place.</source>
        <translation>无法写入 {path}（{reason}）；请检查空间是否充足、是否有写入权限，或换个位置。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="255"/>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="237"/>
        <source>Cover image (.cover.jpg) with the title, at</source>
        <translation>带标题的封面图（.cover.jpg），取自</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_meta.py" line="33"/>
        <source>Cover text</source>
        <translation>封面文字</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="64"/>
        <source>Crossfade</source>
        <translation>交叉淡化</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="189"/>
        <location filename="../../aigc_studio/ui/export_panel.py" line="196"/>
        <source>Custom (see Advanced)</source>
        <translation>自定义（见高级）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="64"/>
        <source>Cut</source>
        <translation>硬切</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="110"/>
        <source>DCGAN (paper)</source>
        <translation>DCGAN（论文原版）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="58"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/about.py" line="60"/>
        <source>Default model</source>
        <translation>默认模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="184"/>
        <source>Default {lang} voice (eSpeak NG)</source>
        <translation>默认 {lang} 声音（eSpeak NG）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="158"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="161"/>
        <location filename="../../aigc_studio/ui/timeline_view.py" line="389"/>
        <source>Delete clip</source>
        <translation>删除片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="153"/>
        <source>Delete this favourite&apos;s PNG and latent</source>
        <translation>删除这条收藏的 PNG 图片和潜向量</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="75"/>
        <source>Delete this recovery copy; the project folder is kept</source>
        <translation>删除这份恢复副本；项目文件夹会保留</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_edit.py" line="103"/>
        <source>Delete {count} clips</source>
        <translation>删除 {count} 个片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="105"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="51"/>
        <source>Direction {number}</source>
        <translation>方向 {number}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="74"/>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/loss_plot.py" line="26"/>
        <source>Discriminator (violet) and generator (orange) loss per logged step</source>
        <translation>每个记录步的判别器（紫色）和生成器（橙色）损失</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="293"/>
        <source>Do the edit you took back again</source>
        <translation>重做刚才撤销的编辑</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="414"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="588"/>
        <source>Done! Your short is ready: {path}</source>
        <translation>完成！你的短视频已生成：{path}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="160"/>
        <source>Double-click a cell to edit it</source>
        <translation>双击单元格即可编辑</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="243"/>
        <source>Double-click a name to rename it; right-click for more.</source>
        <translation>双击名称可重命名；右键查看更多。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="76"/>
        <location filename="../../aigc_studio/ui/script_panel.py" line="70"/>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="70"/>
        <source>Draft (half size)</source>
        <translation>草稿（一半尺寸）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="69"/>
        <source>Drag clips to move them and their edges to trim; S splits at the playhead, Delete removes, Shift+Delete closes the gap. Space plays; J plays backwards, K stops, L plays (J or L again: faster). Double-click a walk to edit it.</source>
        <translation>拖动片段可移动，拖动边缘可裁剪；S 在播放头处拆分，Delete 删除，Shift+Delete 删除并合拢空隙。空格键播放；J 倒放，K 停止，L 播放（再按 J 或 L 加速）。双击漫步可编辑。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_view.py" line="79"/>
        <source>Drag clips to move them, their edges to trim; click the ruler to move the playhead. S splits, Delete removes, Shift+Delete closes the gap, Ctrl+C/X/V copy, cut and paste; hold Alt while dragging to turn snapping off.</source>
        <translation>拖动片段可移动，拖动边缘可裁剪；点击标尺可移动播放头。S 拆分，Delete 删除，Shift+Delete 删除并合拢空隙，Ctrl+C/X/V 复制、剪切和粘贴；拖动时按住 Alt 可关闭吸附。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="25"/>
        <source>Drag the sliders and watch the face change; keep faces and turn them into latent walks.</source>
        <translation>拖动滑块，实时看到面孔变化；收藏面孔，把它们做成潜空间漫步。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="146"/>
        <source>Drag to change the face live; right-click for slider options</source>
        <translation>拖动可实时改变面孔；右键打开滑块选项</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_view.py" line="86"/>
        <source>Drag to move or trim (Alt: no snapping), S split, Delete remove, Shift+Delete ripple delete, Ctrl+wheel zoom; double-click a walk to edit it</source>
        <translation>拖动以移动或裁剪（Alt：不吸附），S 拆分，Delete 删除，Shift+Delete 波纹删除，Ctrl+滚轮缩放；双击漫步可编辑</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/preview_player.py" line="127"/>
        <source>Drag to scrub through the timeline</source>
        <translation>拖动以在时间线上快速浏览</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="61"/>
        <source>Drag towards B to blend the current face with face B</source>
        <translation>向 B 拖动，把当前面孔与面孔 B 混合</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="122"/>
        <source>Drop the selected scene&apos;s recording; the next Generate narration speaks it</source>
        <translation>移除所选场景的录音；下次生成配音时会为它配音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="218"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="64"/>
        <source>Duration s</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="69"/>
        <source>Ease in (speed up)</source>
        <translation>缓入（逐渐加速）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="68"/>
        <source>Ease in and out</source>
        <translation>缓入缓出</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="70"/>
        <source>Ease out (slow down)</source>
        <translation>缓出（逐渐减速）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="223"/>
        <source>Easing</source>
        <translation>缓动</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/command_base.py" line="151"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="209"/>
        <source>Edit clip</source>
        <translation>编辑片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="181"/>
        <location filename="../../aigc_studio/ui/timeline_view.py" line="384"/>
        <source>Edit in Explore</source>
        <translation>在探索中编辑</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="257"/>
        <source>Edit script</source>
        <translation>编辑脚本</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="325"/>
        <source>Edit script details</source>
        <translation>编辑脚本信息</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="209"/>
        <source>Edit walk</source>
        <translation>编辑漫步</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="349"/>
        <source>Editing the walk at {time}</source>
        <translation>正在编辑 {time} 处的漫步</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="808"/>
        <source>Editing the walk at {time} on the timeline</source>
        <translation>正在编辑时间线上 {time} 处的漫步</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_style.py" line="119"/>
        <source>Effects</source>
        <translation>音效</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_canvas.py" line="62"/>
        <source>Empty timeline: add a walk in Explore, write scenes in Script, or import media</source>
        <translation>时间线是空的：在“探索”中添加漫步、在“脚本”中写场景，或导入媒体</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="156"/>
        <source>Encoder</source>
        <translation>编码器</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="405"/>
        <source>Encoding frame {number} of {count}</source>
        <translation>正在编码第 {number}/{count} 帧</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="29"/>
        <source>Every 2nd beat</source>
        <translation>每 2 拍</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="30"/>
        <source>Every 4th beat (one bar)</source>
        <translation>每 4 拍（一小节）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="28"/>
        <source>Every beat</source>
        <translation>每一拍</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="337"/>
        <source>Every key the studio answers to, by area</source>
        <translation>工作室响应的所有按键，按区域列出</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="149"/>
        <location filename="../../aigc_studio/ui/main_window.py" line="91"/>
        <source>Explore</source>
        <translation>探索</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="147"/>
        <source>Explore direction {number}</source>
        <translation>探索方向 {number}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="24"/>
        <source>Explore faces</source>
        <translation>探索面孔</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="91"/>
        <source>Explore faces with sliders and build latent walks</source>
        <translation>用滑块探索面孔，制作潜空间漫步</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="149"/>
        <source>Explore the model this run trained</source>
        <translation>探索本次训练得到的模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="167"/>
        <location filename="../../aigc_studio/ui/export_panel.py" line="281"/>
        <location filename="../../aigc_studio/ui/export_panel.py" line="524"/>
        <location filename="../../aigc_studio/ui/main_window.py" line="94"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="40"/>
        <source>Export a short</source>
        <translation>导出短视频</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="599"/>
        <source>Export cancelled; no file was written.</source>
        <translation>已取消导出；没有写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="482"/>
        <source>Export video</source>
        <translation>导出视频</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="149"/>
        <source>Exported {count} files to {name}</source>
        <translation>已导出 {count} 个文件到 {name}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/quick/pipeline.py" line="61"/>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="519"/>
        <source>Exporting {duration} of video…</source>
        <translation>正在导出 {duration} 的视频…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="546"/>
        <source>Exporting… {step}</source>
        <translation>正在导出… {step}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="159"/>
        <source>Face</source>
        <translation>面孔</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="73"/>
        <source>Face A</source>
        <translation>面孔 A</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="48"/>
        <source>Face A: the face you are exploring (where the blend starts)</source>
        <translation>面孔 A：你正在探索的面孔（混合的起点）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="74"/>
        <source>Face B</source>
        <translation>面孔 B</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="89"/>
        <source>Face B can also come from a grid or the favourites: right-click a face there and choose “Use as face B”. Each blend you let go of is one step back.</source>
        <translation>面孔 B 也可以来自网格或收藏：在那里右键点击面孔，选择“用作面孔 B”。每次松开混合滑块都记为可后退的一步。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="732"/>
        <source>Face B set: drag the blend slider to mix it into the face</source>
        <translation>已设置面孔 B：拖动混合滑块把它混入当前面孔</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="50"/>
        <source>Face B: the face to blend towards</source>
        <translation>面孔 B：混合的目标面孔</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="209"/>
        <source>Face model</source>
        <translation>面孔模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="293"/>
        <source>Face models</source>
        <translation>面孔模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="250"/>
        <source>Fade in</source>
        <translation>淡入</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="251"/>
        <source>Fade out</source>
        <translation>淡出</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="119"/>
        <source>Favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="88"/>
        <source>Favourites</source>
        <translation>收藏</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="84"/>
        <source>Favourites you keep with ★ appear here. Click one to go back to it.</source>
        <translation>用 ★ 收藏的面孔会显示在这里。点击即可回到那张面孔。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="181"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="59"/>
        <source>Fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="150"/>
        <source>Find a face: drag the sliders, pick from a grid, breed children or blend two faces. Keep favourites, add faces as keyframes of a walk and put the walk on your video.</source>
        <translation>寻找面孔：拖动滑块、从网格中挑选、繁衍子代或混合两张面孔。收藏喜欢的面孔，把面孔设为漫步的关键帧，再把漫步放进视频。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_beats.py" line="77"/>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="83"/>
        <source>Find beats</source>
        <translation>查找节拍</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="141"/>
        <source>Find files…</source>
        <translation>查找文件…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="653"/>
        <source>Find missing files</source>
        <translation>查找缺失文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="640"/>
        <source>Find the missing media files in…</source>
        <translation>在此文件夹中查找缺失的素材…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="620"/>
        <source>Finding beats</source>
        <translation>查找节拍</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="619"/>
        <source>Finding the beats of {name}…</source>
        <translation>正在查找 {name} 的节拍…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/preview.py" line="395"/>
        <source>Finding the model&apos;s latent directions</source>
        <translation>查找模型的潜空间方向</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/talking.py" line="220"/>
        <location filename="../../aigc_studio/gan/talking.py" line="235"/>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="226"/>
        <source>Finding the mouth in the model&apos;s faces…</source>
        <translation>正在模型的面孔中寻找嘴部…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="123"/>
        <source>Fine-tune the shipped face model instead of starting from noise: a few hundred face-like images give good faces far sooner. Uses its 64 px size and width.</source>
        <translation>在自带的面孔模型上微调，而不是从噪声开始：几百张类似面孔的图片就能更快得到好看的面孔。使用它的 64 px 尺寸和网络宽度。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="743"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="749"/>
        <source>Finished at step {step}; model saved to {path}{note}</source>
        <translation>已在第 {step} 步完成；模型已保存到 {path}{note}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="414"/>
        <source>Finishing the MP4 file</source>
        <translation>正在完成 MP4 文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="59"/>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="198"/>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="226"/>
        <source>Fit: the whole picture; Fill: crop to the frame; Ken Burns: fill and zoom</source>
        <translation>适应：显示完整画面；填充：裁剪到画框；Ken Burns 推拉：填充并缓慢放大</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="145"/>
        <source>Fitted to the face (recommended)</source>
        <translation>按这张面孔拟合（推荐）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="82"/>
        <source>Folder of PNG / JPEG images</source>
        <translation>PNG / JPEG 图片所在文件夹</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="215"/>
        <source>Folder of training images</source>
        <translation>训练图片文件夹</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="107"/>
        <source>Forget these projects (their folders are kept)</source>
        <translation>清除这些记录（项目文件夹会保留）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="209"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="106"/>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="112"/>
        <source>Forward: redo “{move}” ({keys})</source>
        <translation>前进：重做“{move}”（{keys}）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="119"/>
        <source>Frame height (even)</source>
        <translation>画面高度（偶数）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="127"/>
        <source>Frame rate</source>
        <translation>帧率</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="125"/>
        <source>Frame size</source>
        <translation>画面尺寸</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="111"/>
        <source>Frame size, rate, quality, encoder and audio bitrate</source>
        <translation>画面尺寸、帧率、画质、编码器和音频码率</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="118"/>
        <source>Frame width (even)</source>
        <translation>画面宽度（偶数）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/preview_player.py" line="318"/>
        <source>Frames dropped in this playback: {count}</source>
        <translation>本次播放丢帧数：{count}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="126"/>
        <source>Frames per second</source>
        <translation>每秒帧数</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="224"/>
        <source>Framing</source>
        <translation>画面适配</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="67"/>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="106"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="80"/>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="55"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="78"/>
        <source>Full frame</source>
        <translation>全屏</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="259"/>
        <source>Full frame, or small in a corner</source>
        <translation>全屏，或缩小放在角落</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="70"/>
        <source>Full quality</source>
        <translation>完整画质</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/oom.py" line="61"/>
        <source>GPU memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="249"/>
        <source>Gain</source>
        <translation>增益</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="36"/>
        <source>Generate narration</source>
        <translation>生成配音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/structures.py" line="407"/>
        <source>Give the script a topic first, e.g. “how a GAN learns faces”.</source>
        <translation>请先给脚本一个主题，例如“GAN 如何学会画人脸”。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/quick/pipeline.py" line="127"/>
        <source>Give the short a topic first, e.g. “how a GAN learns faces”.</source>
        <translation>请先给短视频定个主题，例如“GAN 如何学会画面孔”。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="268"/>
        <source>Give this slider a name that says what it changes</source>
        <translation>给这个滑块起个能说明作用的名字</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="90"/>
        <source>Go</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="821"/>
        <source>Go back to a favourite</source>
        <translation>回到收藏的面孔</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="130"/>
        <source>Go back to this face</source>
        <translation>回到这张面孔</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="171"/>
        <source>Go on with this run on the CPU: slower, but it has the memory the GPU lacked</source>
        <translation>改用 CPU 继续本次训练：速度较慢，但内存够用</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="107"/>
        <source>H.264 (yuv420p) needs an even frame size, got {width}x{height}</source>
        <translation>H.264（yuv420p）要求画面宽高为偶数，当前为 {width}x{height}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="266"/>
        <source>Hardware: {encoders}</source>
        <translation>硬件：{encoders}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_meta.py" line="32"/>
        <source>Hashtags</source>
        <translation>话题标签</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="142"/>
        <source>Hear the selected scene&apos;s line in this voice</source>
        <translation>用这个声音试听所选场景的台词</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="145"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="145"/>
        <source>Hide this bar; the files stay missing until found</source>
        <translation>隐藏此提示条；找到文件前它们仍处于缺失状态</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="297"/>
        <source>Hide this slider</source>
        <translation>隐藏此滑块</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="88"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="198"/>
        <source>Higher quality makes a larger file</source>
        <translation>画质越高，文件越大</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="145"/>
        <source>Hold training after this step; Resume goes on</source>
        <translation>在这一步之后暂停训练；点“继续”恢复</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_meta.py" line="31"/>
        <source>Hook</source>
        <translation>开头钩子</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="232"/>
        <source>How far Ken Burns zooms in by the end</source>
        <translation>Ken Burns 推拉到结尾时放大多少</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="37"/>
        <source>How far children stray from their parent: each is √(1−s²)·parent + s·noise, so 0 is the parent itself and 100% a stranger</source>
        <translation>子代与父代的差异程度：每个子代为 √(1−s²)·父代 + s·噪声，0 即父代本身，100% 则完全陌生</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="158"/>
        <source>How far the mouth moves on the loudest sound (0: still)</source>
        <translation>声音最响时嘴张开多大（0：不动）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="160"/>
        <source>How far the music drops while the narration speaks; 0 dB keeps it level</source>
        <translation>旁白说话时音乐降低多少；0 dB 表示不降低</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="257"/>
        <source>How far the virtual host&apos;s mouth moves on the loudest sound (0: still)</source>
        <translation>声音最响时虚拟主播的嘴张开多大（0：不动）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="275"/>
        <source>How far this slider goes each way</source>
        <translation>这个滑块向两边能调多远</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="137"/>
        <source>How high the voice is: 0 low, 50 normal, 100 high</source>
        <translation>声音高低：0 低，50 正常，100 高</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="215"/>
        <source>How long the clip plays</source>
        <translation>片段播放多长时间</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="195"/>
        <source>How long the short is</source>
        <translation>短视频的时长</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="119"/>
        <source>How long the short should be</source>
        <translation>短视频的目标时长</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="189"/>
        <source>How long the walk lasts in the video</source>
        <translation>漫步在视频中持续的时长</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="65"/>
        <source>How long to wait for the server before giving up</source>
        <translation>放弃前等待服务响应的最长时间</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="73"/>
        <source>How many beats apart the keyframes are</source>
        <translation>关键帧之间相隔的拍数</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="71"/>
        <source>How often unsaved changes are kept as a recovery copy (your project file is not touched)</source>
        <translation>每隔多久把未保存的修改存为恢复副本（不会改动你的项目文件）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="241"/>
        <source>How the clip enters</source>
        <translation>片段如何入场</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="203"/>
        <source>How the selected keyframe&apos;s face moves on to the next one; with none selected, every segment</source>
        <translation>所选关键帧的面孔如何过渡到下一个；未选中时作用于所有分段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="87"/>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="50"/>
        <location filename="../../aigc_studio/ui/train_panel.py" line="84"/>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="97"/>
        <source>Images are centre-cropped and resized to this</source>
        <translation>图片会居中裁剪并缩放到这个尺寸</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="91"/>
        <source>Images per step</source>
        <translation>每步使用的图片数</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="186"/>
        <location filename="../../aigc_studio/ui/media_import.py" line="204"/>
        <source>Import media</source>
        <translation>导入媒体</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="127"/>
        <source>Import media…</source>
        <translation>导入媒体…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="141"/>
        <source>Import narration…</source>
        <translation>导入旁白…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="148"/>
        <source>Import sound effect…</source>
        <translation>导入音效…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="240"/>
        <source>Import {count} files</source>
        <translation>导入 {count} 个文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="247"/>
        <source>Imported {count} file</source>
        <translation>已导入 {count} 个文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="247"/>
        <source>Imported {count} files</source>
        <translation>已导入 {count} 个文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="411"/>
        <source>Imported {name}</source>
        <translation>已导入 {name}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="469"/>
        <source>In the quality metric&apos;s feature space this face is closer to a training image than {threshold:.2f}, nearer than 99% of the training images are to each other. Check it against the original before you publish.</source>
        <translation>在质量指标的特征空间中，这张面孔与某张训练图片的距离小于 {threshold:.2f}，比 99% 的训练图片彼此之间还要接近。发布前请与原图对比确认。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/tasks.py" line="141"/>
        <source>Indexing the training images for the copy check</source>
        <translation>正在为相似度检查建立训练图片索引</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="175"/>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="175"/>
        <source>Insert a blank scene above the selected one</source>
        <translation>在所选场景上方插入一个空白场景</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="79"/>
        <source>Instagram Reels</source>
        <translation>Instagram Reels</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="133"/>
        <source>Integrated loudness (ITU-R BS.1770) and true peak of the timeline&apos;s mix, and what the exported file will measure</source>
        <translation>时间线混音的整体响度（ITU-R BS.1770）和真峰值，以及导出文件的测量值</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="199"/>
        <source>Join the scene with the one after it</source>
        <translation>将该场景与下一个场景合并</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/quality.py" line="86"/>
        <source>KID needs at least 2 real and 2 generated samples</source>
        <translation>KID 至少需要 2 个真实样本和 2 个生成样本</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train_quality.py" line="81"/>
        <source>KID {kid:.3f} · precision {precision:.2f} · recall {recall:.2f}</source>
        <translation>KID {kid:.3f} · 精确率 {precision:.2f} · 召回率 {recall:.2f}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="186"/>
        <source>Karaoke</source>
        <translation>卡拉 OK</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="77"/>
        <source>Keep a recovery copy every</source>
        <translation>恢复副本间隔</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="196"/>
        <source>Keep at least one slider shown.</source>
        <translation>至少保留一个显示的滑块。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="79"/>
        <source>Keep the copies and ask again at the next start</source>
        <translation>保留副本，下次启动时再询问</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="82"/>
        <source>Keep the face on screen as face B, then explore on</source>
        <translation>把屏幕上的面孔设为面孔 B，然后继续探索</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="120"/>
        <source>Keep this face in your favourites (a PNG plus its latent)</source>
        <translation>收藏这张面孔（PNG 图片及其潜向量）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="59"/>
        <source>Ken Burns</source>
        <translation>Ken Burns 推拉</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="302"/>
        <source>Ken Burns zoom</source>
        <translation>Ken Burns 缩放</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="804"/>
        <source>Kept {name} in your favourites</source>
        <translation>已将 {name} 加入收藏</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="70"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="210"/>
        <source>Keyframe</source>
        <translation>关键帧</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="843"/>
        <source>Keyframe {count} added to the walk (Walk tab)</source>
        <translation>已将关键帧 {count} 加入漫步（见“漫步”页）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_strip.py" line="62"/>
        <source>Keyframes in time order: drag a face to retime it, Delete removes the selected one</source>
        <translation>按时间排列的关键帧：拖动面孔可调整时间，按 Delete 删除所选关键帧</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="74"/>
        <source>Keyframes on</source>
        <translation>关键帧落在</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="75"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="69"/>
        <source>LLM model</source>
        <translation>LLM 模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="68"/>
        <source>LLM server address</source>
        <translation>LLM 服务地址</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="212"/>
        <source>Label as AI-generated</source>
        <translation>标注为 AI 生成</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="82"/>
        <source>Landscape 16:9</source>
        <translation>横屏 16:9</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="176"/>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="55"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="303"/>
        <source>Language, theme, recovery copies and voices</source>
        <translation>语言、主题、恢复副本和语音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="86"/>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="132"/>
        <source>Latent walk</source>
        <translation>潜空间漫步</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="70"/>
        <source>Latents are standard normal: ±3 covers almost every face.</source>
        <translation>潜向量服从标准正态分布：±3 几乎涵盖所有面孔。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="79"/>
        <source>Later</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="187"/>
        <source>Latest samples</source>
        <translation>最新样本</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/quick/pipeline.py" line="60"/>
        <source>Laying out faces and music</source>
        <translation>正在编排面孔和音乐</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="243"/>
        <source>Learn the classes in {file} ({names})</source>
        <translation>学习 {file} 中的类别（{names}）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="191"/>
        <source>Learning from {scripts} scripts ({chars:,} characters).</source>
        <translation>正在学习 {scripts} 个脚本（{chars:,} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="76"/>
        <source>Leave the selected files out</source>
        <translation>移除所选文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="215"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="197"/>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/about.py" line="69"/>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="58"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="64"/>
        <source>Line</source>
        <translation>台词</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="67"/>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="193"/>
        <source>Linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="96"/>
        <source>Listening to the narration…</source>
        <translation>正在分析旁白…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="149"/>
        <source>Load into Explore</source>
        <translation>载入到探索</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="315"/>
        <source>Load model</source>
        <translation>载入模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="142"/>
        <source>Load model…</source>
        <translation>载入模型…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="345"/>
        <source>Loaded model {name}</source>
        <translation>已载入模型 {name}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="435"/>
        <source>Loaded {count} images</source>
        <translation>已载入 {count} 张图片</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="433"/>
        <source>Loaded {count} images from the run&apos;s image cache</source>
        <translation>已从本次训练的图片缓存载入 {count} 张图片</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="331"/>
        <source>Loading images…</source>
        <translation>正在载入图片…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="70"/>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="309"/>
        <source>Loading model…</source>
        <translation>正在载入模型…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="177"/>
        <source>Loading the default face model…</source>
        <translation>正在加载默认面孔模型…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/preview.py" line="361"/>
        <source>Loading {name}</source>
        <translation>加载 {name}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="310"/>
        <source>Loading {name}…</source>
        <translation>正在载入 {name}…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="50"/>
        <source>Local LLM server</source>
        <translation>本地 LLM 服务</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="179"/>
        <source>Longest caption line in Latin characters (a Chinese character counts two); 0 keeps the style&apos;s own</source>
        <translation>字幕每行最多多少个拉丁字符（一个汉字算两个）；0 表示使用样式自带的行长</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/relink.py" line="101"/>
        <source>Looked at {count} files</source>
        <translation>已查看 {count} 个文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="648"/>
        <source>Looking for {count} missing file(s) in {folder}…</source>
        <translation>正在 {folder} 中查找 {count} 个缺失的文件…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="252"/>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="213"/>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="193"/>
        <source>Losses</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/loss_plot.py" line="60"/>
        <source>Losses appear here</source>
        <translation>损失曲线将显示在这里</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="138"/>
        <source>Loudness</source>
        <translation>响度</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="249"/>
        <source>Loudness change in decibels</source>
        <translation>响度变化（分贝）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="247"/>
        <source>Loudness of the video file&apos;s own sound</source>
        <translation>视频文件原声的响度</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="152"/>
        <source>Loudness target: -14 LUFS is what short-video platforms use</source>
        <translation>目标响度：短视频平台通常使用 -14 LUFS</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="158"/>
        <source>Lower for more typical faces, higher for bolder ones</source>
        <translation>调低得到更常见的面孔，调高得到更夸张的面孔</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="482"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="300"/>
        <source>MP4 video</source>
        <translation>MP4 视频</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/device.py" line="27"/>
        <source>MPS was requested but Apple&apos;s Metal backend is not available</source>
        <translation>指定了 MPS，但 Apple 的 Metal 后端不可用</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="416"/>
        <source>Made 1 video in {time}:</source>
        <translation>用时 {time}，生成了 1 个视频：</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="416"/>
        <source>Made {count} videos in {time}:</source>
        <translation>用时 {time}，生成了 {count} 个视频：</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="201"/>
        <source>Make a latent walk from keyframe faces, time and preview it, put it on the timeline</source>
        <translation>用关键帧面孔制作潜空间漫步，调整时间并预览，再放到时间线上</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="97"/>
        <source>Make a short from an idea…</source>
        <translation>用一个想法生成短视频…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="257"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="383"/>
        <source>Make my short</source>
        <translation>生成短视频</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="112"/>
        <source>Make this face the face on screen</source>
        <translation>将这张面孔设为当前面孔</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="131"/>
        <source>Make this favourite the face on screen</source>
        <translation>将这条收藏设为当前面孔</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="377"/>
        <source>Making “{topic}”…</source>
        <translation>正在制作“{topic}”…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/mix.py" line="529"/>
        <source>Measuring loudness</source>
        <translation>正在测量响度</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/sound_tasks.py" line="25"/>
        <location filename="../../aigc_studio/media/mix.py" line="390"/>
        <location filename="../../aigc_studio/ui/export_sound.py" line="291"/>
        <source>Measuring the mix</source>
        <translation>测量混音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="59"/>
        <source>Measuring the mix…</source>
        <translation>正在测量混音…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="49"/>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="72"/>
        <source>Menus</source>
        <translation>菜单</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="199"/>
        <source>Merge with next</source>
        <translation>与下一个合并</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="56"/>
        <source>Mix face A with face B: left is A, right is B. The latents are mixed spherically, so faces in between stay sharp.</source>
        <translation>混合面孔 A 与面孔 B：左端为 A，右端为 B。潜向量按球面插值混合，中间的面孔同样清晰。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="200"/>
        <source>Mix the current face with a second face B</source>
        <translation>把当前面孔与另一张面孔 B 混合</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="81"/>
        <source>Mix: {lufs:.1f} LUFS, peak {peak:.1f} dBTP</source>
        <translation>混音：{lufs:.1f} LUFS，峰值 {peak:.1f} dBTP</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/player.py" line="356"/>
        <source>Mixing the preview&apos;s sound</source>
        <translation>混合预览声音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/mix.py" line="475"/>
        <source>Mixing the sound</source>
        <translation>正在混音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="99"/>
        <source>Model size</source>
        <translation>模型大小</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="315"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="92"/>
        <source>More steps learn more; 2,000 take a few minutes on a CPU</source>
        <translation>步数越多学得越多；2,000 步在 CPU 上需要几分钟</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="162"/>
        <source>Mouth direction</source>
        <translation>嘴部方向</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="255"/>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="163"/>
        <source>Mouth strength</source>
        <translation>嘴部幅度</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="147"/>
        <location filename="../../aigc_studio/project/edit_commands.py" line="93"/>
        <source>Move clip</source>
        <translation>移动片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="121"/>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="289"/>
        <location filename="../../aigc_studio/ui/script_panel.py" line="187"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="127"/>
        <source>Move or trim the host and the narration on the timeline as you like afterwards: the mouth keeps to the voice heard at each moment.</source>
        <translation>之后可随意在时间线上移动或裁剪数字人和旁白：口型始终跟随每一刻听到的声音。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="197"/>
        <source>Move the face along the model&apos;s directions</source>
        <translation>沿模型的方向改变面孔</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="142"/>
        <source>Move the face along “{name}” ({low:g} to {high:g})</source>
        <translation>沿“{name}”改变面孔（{low:g} 到 {high:g}）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="183"/>
        <source>Move the selected scene one place earlier</source>
        <translation>将所选场景前移一位</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="187"/>
        <source>Move the selected scene one place later</source>
        <translation>将所选场景后移一位</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="121"/>
        <source>Move the selected slider one place down</source>
        <translation>将所选滑块下移一位</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="117"/>
        <source>Move the selected slider one place up</source>
        <translation>将所选滑块上移一位</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="290"/>
        <source>Move this slider one place down</source>
        <translation>将这个滑块下移一位</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="282"/>
        <source>Move this slider one place up</source>
        <translation>将这个滑块上移一位</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="117"/>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="281"/>
        <location filename="../../aigc_studio/ui/script_panel.py" line="183"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="39"/>
        <source>Move without snapping</source>
        <translation>移动时不吸附</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="93"/>
        <source>Move {count} clips</source>
        <translation>移动 {count} 个片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="601"/>
        <source>Move {slider}</source>
        <translation>调整 {slider}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_style.py" line="118"/>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="69"/>
        <source>Music</source>
        <translation>音乐</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="91"/>
        <source>Music to sync to</source>
        <translation>要对齐的音乐</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="157"/>
        <source>Music under voice</source>
        <translation>人声下的音乐</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="178"/>
        <source>Mutation</source>
        <translation>变异</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="51"/>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="72"/>
        <source>My text model</source>
        <translation>我的文本模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="106"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="98"/>
        <source>Name the directions after what they do to the face, hide the ones you do not use, and order them. Saved for this model file.</source>
        <translation>按各方向对面孔的作用为它们命名，隐藏不用的方向并排好顺序。设置会为这个模型文件保存。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/quick/pipeline.py" line="59"/>
        <source>Narrating</source>
        <translation>正在配音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/narration.py" line="84"/>
        <source>Narrating scene {number} of {count}</source>
        <translation>正在为第 {number}/{count} 个场景配音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="186"/>
        <location filename="../../aigc_studio/ui/script_panel.py" line="64"/>
        <location filename="../../aigc_studio/ui/timeline_style.py" line="117"/>
        <source>Narration</source>
        <translation>旁白</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="231"/>
        <source>Narration cancelled; the script is unchanged</source>
        <translation>已取消配音；脚本未改动</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/narration.py" line="92"/>
        <source>Narration done</source>
        <translation>配音完成</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts.py" line="93"/>
        <source>Narration speaks {languages}, not {lang!r}.</source>
        <translation>配音支持 {languages}，不支持 {lang!r}。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/about.py" line="34"/>
        <source>Narration voice: eSpeak NG, GNU GPL v3 or later (source: https://github.com/espeak-ng/espeak-ng), loaded as a separate library from the espeakng-loader package. ONNX Runtime (MIT) runs Piper voices you add.</source>
        <translation>旁白语音：eSpeak NG，GNU GPL v3 或更高版本（源代码：https://github.com/espeak-ng/espeak-ng），作为独立的库从 espeakng-loader 包加载。你添加的 Piper 语音由 ONNX Runtime（MIT）运行。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="75"/>
        <source>Narration: {count} scene, {seconds:.1f} s</source>
        <translation>配音：{count} 个场景，{seconds:.1f} 秒</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="77"/>
        <source>Narration: {count} scenes, {seconds:.1f} s</source>
        <translation>配音：{count} 个场景，{seconds:.1f} 秒</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="107"/>
        <source>Network width</source>
        <translation>网络宽度</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="106"/>
        <source>Network width; smaller trains faster</source>
        <translation>网络宽度；越小训练越快</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="225"/>
        <source>New Short from &amp;Idea…</source>
        <translation>从创意生成短视频(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="199"/>
        <source>New children</source>
        <translation>新的子代</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="156"/>
        <source>New faces</source>
        <translation>新的面孔</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="453"/>
        <source>New project</source>
        <translation>新项目</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="142"/>
        <source>New short from idea</source>
        <translation>从创意生成短视频</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="238"/>
        <source>New walk</source>
        <translation>新建漫步</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/preview_player.py" line="122"/>
        <source>Next frame (→)</source>
        <translation>下一帧（→）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="635"/>
        <source>No beats found in {name}</source>
        <translation>在 {name} 中未找到节拍</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_edit.py" line="89"/>
        <source>No clip is under the playhead to split</source>
        <translation>播放头下没有可拆分的片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/quick/pipeline.py" line="157"/>
        <source>No face model at {model}; give a .safetensors model file.</source>
        <translation>{model} 处没有面孔模型；请指定一个 .safetensors 模型文件。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/sources.py" line="310"/>
        <location filename="../../aigc_studio/media/sources.py" line="316"/>
        <source>No frames could be read from {name}.</source>
        <translation>无法从 {name} 读取任何画面帧。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="268"/>
        <source>No hardware encoder works here; x264 encodes</source>
        <translation>本机没有可用的硬件编码器；使用 x264 编码</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_strip.py" line="149"/>
        <source>No keyframes yet: find a face and press Add keyframe</source>
        <translation>还没有关键帧：找到一张面孔后点击“添加关键帧”</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/llm.py" line="139"/>
        <source>No local LLM server at {url}; start Ollama/llama.cpp/LM Studio or switch to the built-in writer.</source>
        <translation>{url} 上没有本地 LLM 服务；请启动 Ollama/llama.cpp/LM Studio，或改用内置结构写作。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="379"/>
        <source>No model</source>
        <translation>没有模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="71"/>
        <source>No narration yet</source>
        <translation>尚无配音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="52"/>
        <source>No narration yet: Generate narration speaks this line</source>
        <translation>尚无配音：点击“生成配音”为这句台词配音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="100"/>
        <source>No recent projects</source>
        <translation>没有最近的项目</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/preview_player.py" line="132"/>
        <source>No sound device: playing without sound</source>
        <translation>没有音频设备：静音播放</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="284"/>
        <source>No sound device: scene {number}&apos;s line was spoken ({seconds}) but cannot be played on this machine</source>
        <translation>没有音频设备：场景 {number} 的台词已生成（{seconds}），但无法在本机播放</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="51"/>
        <source>No sound on the timeline</source>
        <translation>时间线上没有声音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/own_provider.py" line="53"/>
        <source>No text model at {path}; train one with script-train.</source>
        <translation>{path} 没有文本模型；请用 script-train 训练一个。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="200"/>
        <source>No text model yet: train one with “Train my text model…” or choose a file in Settings…</source>
        <translation>还没有文本模型：请用“训练我的文本模型…”训练一个，或在“设置…”中选择文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="250"/>
        <source>No {file} in the folder: one model for all</source>
        <translation>文件夹中没有 {file}：训练一个不分类别的模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="77"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="141"/>
        <source>Normalise to</source>
        <translation>响度标准化到</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="290"/>
        <source>Not enough disk space in the temporary folder {folder} to prepare the sound; free some space there and export again.</source>
        <translation>临时文件夹 {folder} 的磁盘空间不足，无法准备音频；请清理出一些空间后重新导出。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="229"/>
        <source>Not enough disk space to export the video to {folder}; free some space (or pick a folder on another disk) and export again.</source>
        <translation>磁盘空间不足，无法将视频导出到 {folder}；请清理出一些空间（或选择其他磁盘上的文件夹）后重新导出。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="122"/>
        <source>Not enough disk space to save the project to {folder}; free some space and save again.</source>
        <translation>磁盘空间不足，无法把项目保存到 {folder}；请清理一些空间后再保存。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="162"/>
        <source>Not started.</source>
        <translation>尚未开始。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="98"/>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="316"/>
        <source>Nothing selected.</source>
        <translation>未选择任何内容。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="501"/>
        <source>Nothing to export yet: add a walk in Explore or scenes in Script.</source>
        <translation>还没有可导出的内容：请在“探索”中添加漫步，或在“脚本”中添加分镜。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="56"/>
        <source>Nothing to go to ({keys})</source>
        <translation>没有可前往的步骤（{keys}）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="67"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="53"/>
        <source>Ollama: http://127.0.0.1:11434 · llama.cpp server: http://127.0.0.1:8080 · LM Studio: http://127.0.0.1:1234</source>
        <translation>Ollama：http://127.0.0.1:11434 · llama.cpp 服务：http://127.0.0.1:8080 · LM Studio：http://127.0.0.1:1234</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="660"/>
        <source>On the beats of {name}: {tempo}{beats} beats</source>
        <translation>对齐 {name} 的节拍：{tempo}{beats} 拍</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="33"/>
        <source>One frame back or forward</source>
        <translation>后退或前进一帧</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="132"/>
        <source>One row per scene: what we see, the line that is said, the caption on screen (empty: the line), a sound effect and how long it lasts.</source>
        <translation>每行一个场景：画面内容、所说台词、屏幕字幕（留空则用台词）、音效以及时长。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="236"/>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="72"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="268"/>
        <source>Open Sample Project</source>
        <translation>打开示例项目</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="142"/>
        <source>Open a .safetensors model file</source>
        <translation>打开 .safetensors 模型文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="272"/>
        <source>Open a finished example short to look around in</source>
        <translation>打开一个做好的示例短视频，随便看看</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="237"/>
        <source>Open a project folder</source>
        <translation>打开项目文件夹</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="87"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="248"/>
        <source>Open on the timeline</source>
        <translation>在时间线中打开</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="461"/>
        <source>Open project (a .aigcproj folder)</source>
        <translation>打开项目（.aigcproj 文件夹）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="145"/>
        <source>Open the folder holding this favourite&apos;s PNG</source>
        <translation>打开存放这条收藏 PNG 图片的文件夹</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="485"/>
        <source>Open the folder holding this video</source>
        <translation>打开此视频所在的文件夹</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="70"/>
        <source>Open the selected copy to go on where you left off</source>
        <translation>打开所选副本，从上次中断处继续</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="249"/>
        <source>Open variant 1&apos;s project in the studio to edit it</source>
        <translation>在工作室中打开版本 1 的项目进行编辑</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="473"/>
        <source>Opened {folder}</source>
        <translation>已打开 {folder}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="89"/>
        <source>Optimiser steps; 2000 is a quick run</source>
        <translation>优化步数；2000 步可快速试训</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/oom.py" line="79"/>
        <source>Out of GPU memory {what}; train on the CPU instead (Device: CPU) or close other programs using the GPU.</source>
        <translation>显存不足：{what}；请改用 CPU 训练（设备：CPU），或关闭其他占用 GPU 的程序。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/generate.py" line="125"/>
        <source>Out of GPU memory: generating on the CPU instead (slower)</source>
        <translation>显存不足：改用 CPU 生成（较慢）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/oom.py" line="83"/>
        <source>Out of memory {what}; close other programs and try again.</source>
        <translation>内存不足：{what}；请关闭其他程序后重试。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="606"/>
        <source>Out of {memory} drawing the samples of step {step}; skipped</source>
        <translation>绘制第 {step} 步的样本时{memory}不足；已跳过</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="511"/>
        <source>Out of {memory} measuring quality at step {step}; skipped</source>
        <translation>评估第 {step} 步的质量时{memory}不足；已跳过</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="663"/>
        <source>Out of {memory}: batch size lowered from {old} to {new}</source>
        <translation>{memory}不足：批大小从 {old} 降到 {new}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="69"/>
        <source>Outlined, near the top</source>
        <translation>描边字，靠近顶部</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="174"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="245"/>
        <source>Own sound</source>
        <translation>原声</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="177"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="177"/>
        <source>Paste at the playhead (Ctrl+V)</source>
        <translation>粘贴到播放头处（Ctrl+V）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="411"/>
        <source>Paste clip</source>
        <translation>粘贴片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="411"/>
        <source>Paste {count} clips</source>
        <translation>粘贴 {count} 个片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="220"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="145"/>
        <location filename="../../aigc_studio/ui/train_panel.py" line="280"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/preview_player.py" line="199"/>
        <source>Pause (Space)</source>
        <translation>暂停（空格）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="49"/>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="117"/>
        <source>Pick
face B</source>
        <translation>选择
面孔 B</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="714"/>
        <source>Pick a child</source>
        <translation>选择子代</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="141"/>
        <source>Pick a folder to look for the missing files in</source>
        <translation>选择一个文件夹，在其中查找缺失的文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="138"/>
        <source>Pick a new random seed and jump to its face</source>
        <translation>随机选一个新种子并跳到它的面孔</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="714"/>
        <source>Pick a random face</source>
        <translation>选择随机面孔</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="52"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="80"/>
        <source>Picture-in-picture, bottom left</source>
        <translation>画中画，左下角</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="53"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="79"/>
        <source>Picture-in-picture, bottom right</source>
        <translation>画中画，右下角</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="50"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="82"/>
        <source>Picture-in-picture, top left</source>
        <translation>画中画，左上角</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="51"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="81"/>
        <source>Picture-in-picture, top right</source>
        <translation>画中画，右上角</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="91"/>
        <source>Piper voices</source>
        <translation>Piper 语音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="133"/>
        <source>Pitch</source>
        <translation>音调</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="259"/>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="161"/>
        <source>Placement</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="203"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/preview_player.py" line="121"/>
        <location filename="../../aigc_studio/ui/preview_player.py" line="213"/>
        <source>Play (Space)</source>
        <translation>播放（空格）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="30"/>
        <source>Play backwards (again: 2×, 4×)</source>
        <translation>倒放（再按：2×、4×）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="32"/>
        <source>Play forwards (again: 2×, 4×)</source>
        <translation>正放（再按：2×、4×）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="29"/>
        <source>Play or pause</source>
        <translation>播放或暂停</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="231"/>
        <source>Play the walk here at the video&apos;s frame rate</source>
        <translation>按视频帧率在此播放漫步</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="278"/>
        <source>Playing scene {number}&apos;s line ({seconds})</source>
        <translation>正在播放场景 {number} 的台词（{seconds}）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="192"/>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="231"/>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="599"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="142"/>
        <location filename="../../aigc_studio/ui/script_voice.py" line="262"/>
        <source>Preview line</source>
        <translation>试听台词</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/preview_player.py" line="120"/>
        <source>Previous frame (←)</source>
        <translation>上一帧（←）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="102"/>
        <source>Projects you open or save show up here</source>
        <translation>你打开或保存的项目会显示在这里</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="87"/>
        <source>Put Piper voices (.onnx + .onnx.json) here</source>
        <translation>把 Piper 语音（.onnx 和 .onnx.json）放在这里</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="253"/>
        <source>Put a {file} (filename + whole-number class columns) in the image folder to train a model that draws a chosen class</source>
        <translation>在图片文件夹中放入 {file}（文件名 + 整数类别列），即可训练能按指定类别生成的模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="167"/>
        <source>Put the keyframes on the beats of a piece of music</source>
        <translation>把关键帧对齐到一段音乐的节拍上</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="306"/>
        <source>Put this slider back in the middle</source>
        <translation>将这个滑块放回中间</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/about.py" line="27"/>
        <source>PyTorch (BSD-3-Clause), NumPy (BSD-3-Clause), Pillow (MIT-CMU), MoviePy (MIT), imageio-ffmpeg (BSD-2-Clause; bundles FFmpeg under the GPL v3 / LGPL), safetensors (Apache-2.0), platformdirs (MIT).</source>
        <translation>PyTorch（BSD-3-Clause）、NumPy（BSD-3-Clause）、Pillow（MIT-CMU）、MoviePy（MIT）、imageio-ffmpeg（BSD-2-Clause；内含 FFmpeg，依据 GPL v3 / LGPL）、safetensors（Apache-2.0）、platformdirs（MIT）。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/about.py" line="26"/>
        <source>Qt for Python (PySide6) is used under the LGPL v3.</source>
        <translation>Qt for Python（PySide6）依据 LGPL v3 使用。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="200"/>
        <source>Quality</source>
        <translation>画质</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="138"/>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="576"/>
        <source>Random face</source>
        <translation>随机面孔</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="184"/>
        <source>Random faces</source>
        <translation>随机面孔</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="63"/>
        <source>Range of “{name}”</source>
        <translation>“{name}”的范围</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="123"/>
        <source>Rate</source>
        <translation>语速</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="182"/>
        <source>Re-open the selected latent walk in Explore to change it</source>
        <translation>在探索中重新打开所选潜空间漫步进行修改</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_view.py" line="385"/>
        <source>Re-open this walk&apos;s keyframes in Explore to change them</source>
        <translation>在探索中重新打开这段漫步的关键帧进行修改</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_waveforms.py" line="76"/>
        <source>Read waveforms</source>
        <translation>读取波形</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/dataset.py" line="148"/>
        <source>Reading images {done}/{total}</source>
        <translation>正在读取图片 {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/preview.py" line="416"/>
        <source>Reading the training-image index</source>
        <translation>读取训练图片索引</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="202"/>
        <source>Reading {count} files…</source>
        <translation>正在读取 {count} 个文件…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="202"/>
        <source>Reading {count} file…</source>
        <translation>正在读取 {count} 个文件…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="296"/>
        <source>Ready to export.</source>
        <translation>可以导出了。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="243"/>
        <source>Recording for scene {number}</source>
        <translation>场景 {number} 的录音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="49"/>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="106"/>
        <source>Redo the last explorer move</source>
        <translation>重做探索中的上一步</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/relink.py" line="145"/>
        <source>Relink media file</source>
        <translation>重新链接素材文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/relink.py" line="145"/>
        <source>Relink {count} media files</source>
        <translation>重新链接 {count} 个素材文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="682"/>
        <source>Relinked 1 file.</source>
        <translation>已重新链接 1 个文件。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="684"/>
        <source>Relinked {count} files.</source>
        <translation>已重新链接 {count} 个文件。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="76"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="125"/>
        <source>Remove clip</source>
        <translation>删除片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="152"/>
        <source>Remove from favourites</source>
        <translation>从收藏中移除</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="179"/>
        <source>Remove scene</source>
        <translation>删除场景</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="35"/>
        <source>Remove the selected clips</source>
        <translation>删除所选片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="162"/>
        <source>Remove the selected clips (Delete; undoable)</source>
        <translation>删除所选片段（Delete；可撤销）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="169"/>
        <source>Remove the selected clips and close the gap (Shift+Delete)</source>
        <translation>删除所选片段并合拢空隙（Shift+Delete）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="158"/>
        <source>Remove the selected keyframe (Delete key)</source>
        <translation>删除所选关键帧（Delete 键）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="179"/>
        <source>Remove the selected scenes (undoable)</source>
        <translation>删除所选场景（可撤销）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="36"/>
        <source>Remove them and close the gap (ripple delete)</source>
        <translation>删除并合拢空隙（波纹删除）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_view.py" line="389"/>
        <source>Remove this clip (Delete)</source>
        <translation>删除这个片段（Delete）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="171"/>
        <source>Removed favourite {name}</source>
        <translation>已移除收藏 {name}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="383"/>
        <source>Removed {scenes}</source>
        <translation>已删除 {scenes}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="348"/>
        <source>Rename project</source>
        <translation>重命名项目</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="246"/>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="327"/>
        <source>Rename, hide, reorder and set the range of the sliders</source>
        <translation>重命名、隐藏、排序滑块并设置其范围</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="267"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="94"/>
        <source>Render a vertical MP4</source>
        <translation>渲染竖屏 MP4</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="281"/>
        <source>Render the project to the MP4 file</source>
        <translation>将项目渲染为 MP4 文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="168"/>
        <source>Render the timeline to a vertical MP4 ready for short-video platforms. You can keep editing while it renders.</source>
        <translation>将时间线渲染为竖屏 MP4，可直接发布到短视频平台。渲染时可以继续编辑。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/preview.py" line="457"/>
        <source>Rendering the grid of faces</source>
        <translation>渲染面孔网格</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/player.py" line="318"/>
        <location filename="../../aigc_studio/engine/preview.py" line="474"/>
        <source>Rendering the preview</source>
        <translation>渲染预览</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="207"/>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="252"/>
        <source>Repeat the sound to fill the clip</source>
        <translation>重复声音以填满片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="73"/>
        <source>Replace the scenes with a script on the topic (undoable)</source>
        <translation>用该主题的脚本替换现有场景（可撤销）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="249"/>
        <source>Replace the timeline clip with this walk (undoable)</source>
        <translation>用这段漫步替换时间线上的片段（可撤销）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="125"/>
        <source>Reset all</source>
        <translation>全部重置</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="98"/>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="70"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="777"/>
        <source>Restored the unsaved changes of {name}; Save to keep them in a new project.</source>
        <translation>已恢复“{name}”未保存的更改；请保存为新项目以保留它们。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="773"/>
        <source>Restored the unsaved changes of {name}; Save to keep them in {folder}.</source>
        <translation>已恢复“{name}”未保存的更改；请保存，以写入 {folder}。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="280"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="447"/>
        <source>Resumed {arch} run at step {step}; {message}</source>
        <translation>已从第 {step} 步继续 {arch} 训练；{message}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="168"/>
        <source>Ripple delete</source>
        <translation>波纹删除</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="247"/>
        <source>Ripple delete clip</source>
        <translation>波纹删除片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="247"/>
        <source>Ripple delete {count} clips</source>
        <translation>波纹删除 {count} 个片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="589"/>
        <source>Rolled back from step {bad} to step {good}: {reason}; learning rates lowered to G {lr_g:.2g}, D {lr_d:.2g}</source>
        <translation>已从第 {bad} 步回退到第 {good} 步：{reason}；学习率降为 G {lr_g:.2g}、D {lr_d:.2g}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="88"/>
        <location filename="../../aigc_studio/ui/train_panel.py" line="261"/>
        <source>Run folder</source>
        <translation>训练输出文件夹</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="64"/>
        <source>SFX</source>
        <translation>音效</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/formats.py" line="160"/>
        <source>SRT cue {cue} has a time {stamp!r} that is not hh:mm:ss,mmm</source>
        <translation>SRT 第 {cue} 条字幕的时间 {stamp!r} 不是 hh:mm:ss,mmm 格式</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/formats.py" line="184"/>
        <source>SRT cue {number} ends before it starts</source>
        <translation>SRT 第 {number} 条字幕的结束时间早于开始时间</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/formats.py" line="180"/>
        <source>SRT cue {number} has no &apos;start --&gt; end&apos; time line</source>
        <translation>SRT 第 {number} 条字幕缺少“开始 --&gt; 结束”时间行</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="114"/>
        <source>Same seed, same script; another seed, other phrasings</source>
        <translation>种子相同，脚本相同；换个种子，换种说法</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="214"/>
        <source>Same seed, same short; another seed, other faces and words</source>
        <translation>种子相同，成片相同；换个种子，面孔和文案都会变</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="188"/>
        <source>Samples appear after the first step</source>
        <translation>第一步之后显示样本</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="251"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="230"/>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="553"/>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="440"/>
        <source>Save the changes to “{name}” first?</source>
        <translation>先保存对“{name}”的更改吗？</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="102"/>
        <source>Save the model as</source>
        <translation>模型保存为</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="247"/>
        <source>Save the project to its folder</source>
        <translation>将项目保存到其文件夹</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="255"/>
        <source>Save the project under a new name or in a new place</source>
        <translation>以新名称或新位置保存项目</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="300"/>
        <source>Save the short as</source>
        <translation>短视频另存为</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="156"/>
        <source>Save the text model as</source>
        <translation>文本模型保存为</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="263"/>
        <source>Save, copying media from elsewhere on disk into the project&apos;s assets folder</source>
        <translation>保存，并把磁盘其他位置的素材复制到项目的素材文件夹</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="579"/>
        <source>Saved {folder}</source>
        <translation>已保存到 {folder}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="395"/>
        <source>Scene moved to place {place}</source>
        <translation>场景已移到第 {place} 位</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="366"/>
        <source>Scene {number} added: type its line</source>
        <translation>已添加场景 {number}：请输入台词</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="282"/>
        <source>Scene {number} goes back to the generated voice: Generate narration to speak it</source>
        <translation>场景 {number} 已改回生成配音：点击“生成配音”为它配音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="373"/>
        <source>Scene {number} inserted</source>
        <translation>已插入场景 {number}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="419"/>
        <source>Scene {number} split in two</source>
        <translation>场景 {number} 已一分为二</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="264"/>
        <source>Scene {number} uses your recording ({seconds:.1f} s)</source>
        <translation>场景 {number} 使用你的录音（{seconds:.1f} 秒）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="33"/>
        <source>Scenes with shots, lines and sound effects, written for you from a topic, then voiced and captioned.</source>
        <translation>输入话题，自动写出含镜头、台词和音效的分镜，再配音、配字幕。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="430"/>
        <source>Scenes {first} and {second} merged</source>
        <translation>场景 {first} 和 {second} 已合并</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/attribute_classifier.py" line="251"/>
        <source>Scoring generated faces</source>
        <translation>正在为生成的面孔打分</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="92"/>
        <location filename="../../aigc_studio/ui/script_panel.py" line="131"/>
        <source>Script</source>
        <translation>脚本</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/llm.py" line="74"/>
        <location filename="../../aigc_studio/script/own_provider.py" line="114"/>
        <location filename="../../aigc_studio/script/structures.py" line="461"/>
        <source>Script written</source>
        <translation>脚本已写好</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="145"/>
        <source>Scripts</source>
        <translation>脚本</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/structures.py" line="410"/>
        <source>Scripts are written in {langs}, not {lang!r}.</source>
        <translation>脚本只能用 {langs} 写，不支持 {lang!r}。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="251"/>
        <source>Seconds to fall to silence</source>
        <translation>渐弱至静音所用的秒数</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="250"/>
        <source>Seconds to rise from silence</source>
        <translation>从静音渐强所用的秒数</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="93"/>
        <source>See and edit the clips of your video</source>
        <translation>查看和剪辑视频片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="128"/>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="160"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="215"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="586"/>
        <source>Seed {seed}</source>
        <translation>种子 {seed}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="167"/>
        <source>Select a clip to see and change its properties.</source>
        <translation>选择一个片段以查看和修改其属性。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="425"/>
        <source>Select a scene that has one after it to merge</source>
        <translation>请选择一个后面还有场景的场景来合并</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="277"/>
        <source>Select a scene that uses your recording</source>
        <translation>请选择一个使用了你的录音的场景</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="380"/>
        <source>Select a scene to remove</source>
        <translation>请选择要删除的场景</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="252"/>
        <source>Select a scene with a line to hear it</source>
        <translation>请选择一个有台词的场景来试听</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_edit.py" line="120"/>
        <source>Select the clips to copy first</source>
        <translation>请先选择要复制的片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_edit.py" line="112"/>
        <source>Select the clips to ripple delete first</source>
        <translation>请先选择要波纹删除的片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="400"/>
        <source>Select the scene to split</source>
        <translation>请选择要拆分的场景</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="239"/>
        <location filename="../../aigc_studio/ui/script_narration.py" line="255"/>
        <source>Select the scene your recording is for</source>
        <translation>请选择录音对应的场景</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="274"/>
        <source>Set range…</source>
        <translation>设置范围…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="44"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="141"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="77"/>
        <source>Setup</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="219"/>
        <source>Several versions to compare (A/B testing), made in turn</source>
        <translation>生成多个版本对比（A/B 测试），依次制作</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/quick/pipeline.py" line="385"/>
        <source>Short {number} of {count}: {message}</source>
        <translation>第 {number}/{count} 条短视频：{message}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="64"/>
        <source>Shot</source>
        <translation>画面</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="106"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="311"/>
        <source>Show hidden slider</source>
        <translation>显示隐藏的滑块</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="144"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="485"/>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="317"/>
        <source>Show this slider again</source>
        <translation>重新显示这个滑块</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="259"/>
        <source>Shows the line: {line}</source>
        <translation>显示台词：{line}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="199"/>
        <source>Sixteen other mutations of this face</source>
        <translation>这张面孔的另外十六个变体</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="156"/>
        <source>Sixteen other random faces</source>
        <translation>另外十六张随机面孔</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="152"/>
        <source>Sixteen random faces. Click one to make it the current face.</source>
        <translation>十六张随机面孔。点击一张即设为当前面孔。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="198"/>
        <source>Sixteen random faces: click one to start from it</source>
        <translation>十六张随机面孔：点击一张从它开始</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="199"/>
        <source>Sixteen small mutations of the current face: click one to evolve it</source>
        <translation>当前面孔的十六个小变体：点击一张继续进化</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="207"/>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="64"/>
        <source>Slide in</source>
        <translation>滑入</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="91"/>
        <source>Slider settings</source>
        <translation>滑块设置</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="245"/>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="326"/>
        <source>Slider settings…</source>
        <translation>滑块设置…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="183"/>
        <source>Sliders</source>
        <translation>滑块</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="88"/>
        <source>Small</source>
        <translation>小文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="171"/>
        <source>Small random mutations of the current face. Click the one you like best: it becomes the current face and has children of its own.</source>
        <translation>当前面孔的小幅随机变体。点击你最喜欢的一张：它会成为当前面孔，并繁衍自己的子代。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="68"/>
        <source>Small, with a soft shadow</source>
        <translation>小字，柔和阴影</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="109"/>
        <source>Small-data recipe</source>
        <translation>小数据配方</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="94"/>
        <source>Small: trains fast, writes rougher</source>
        <translation>小：训练快，文笔较粗糙</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="90"/>
        <location filename="../../aigc_studio/ui/export_sound.py" line="165"/>
        <location filename="../../aigc_studio/ui/media_import.py" line="52"/>
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="110"/>
        <source>Sound and captions</source>
        <translation>声音和字幕</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="240"/>
        <source>Source seconds per timeline second</source>
        <translation>每秒时间线对应的素材秒数</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="162"/>
        <source>Space evenly</source>
        <translation>均匀分布</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="40"/>
        <source>Speak every scene&apos;s line; scene lengths follow the speech (undoable)</source>
        <translation>为每个场景的台词配音；场景时长跟随语音（可撤销）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="267"/>
        <source>Speaking scene {number}&apos;s line…</source>
        <translation>正在为场景 {number} 的台词配音…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="129"/>
        <source>Speaking speed: 1 × is the voice&apos;s normal pace</source>
        <translation>说话速度：1 × 为该声音的正常语速</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="192"/>
        <source>Speaking the script&apos;s lines…</source>
        <translation>正在为脚本台词配音…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="240"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="192"/>
        <source>Spherical (slerp)</source>
        <translation>球面（slerp）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="195"/>
        <source>Spherical keeps faces in between as sharp as the keyframes; linear cuts across</source>
        <translation>球面插值让中间的面孔与关键帧一样清晰；线性插值走直线</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="191"/>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="157"/>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="34"/>
        <source>Split at the playhead</source>
        <translation>在播放头处拆分</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="157"/>
        <source>Split at the playhead (S)</source>
        <translation>在播放头处拆分（S）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="188"/>
        <source>Split clip</source>
        <translation>分割片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="192"/>
        <source>Split the scene after the sentence the cursor is in (or its first one)</source>
        <translation>在光标所在句子（或第一句）之后拆分场景</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="188"/>
        <source>Split {count} clips</source>
        <translation>分割 {count} 个片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="64"/>
        <source>Spoken by the project&apos;s voice</source>
        <translation>由项目的声音配音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="162"/>
        <source>Spread the keyframes evenly over the clip</source>
        <translation>把关键帧均匀分布在片段上</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="81"/>
        <source>Square 1:1</source>
        <translation>方形 1:1</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="88"/>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="95"/>
        <source>Standard: slower on a CPU, writes better</source>
        <translation>标准：CPU 上较慢，文笔更好</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="214"/>
        <location filename="../../aigc_studio/ui/train_panel.py" line="129"/>
        <source>Start</source>
        <translation>起点</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="221"/>
        <source>Start an empty project</source>
        <translation>新建空白项目</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="78"/>
        <source>Start at beat</source>
        <translation>起始拍</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="121"/>
        <source>Start from the default face model</source>
        <translation>从默认面孔模型开始</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="111"/>
        <source>Start from this face</source>
        <translation>从这张面孔开始</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="137"/>
        <source>Start training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="117"/>
        <source>Start training on these scripts</source>
        <translation>开始用这些脚本训练</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="104"/>
        <source>Start with the sample project</source>
        <translation>从示例项目开始</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="379"/>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="406"/>
        <source>Step {step} quality: KID {kid:.3f} · precision {precision:.2f} · recall {recall:.2f}</source>
        <translation>第 {step} 步质量：KID {kid:.3f} · 精确率 {precision:.2f} · 召回率 {recall:.2f}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="697"/>
        <source>Step {step}/{total}</source>
        <translation>第 {step}/{total} 步</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="387"/>
        <source>Step {step}/{total} · loss D {loss_d:.3f} · loss G {loss_g:.3f}</source>
        <translation>第 {step}/{total} 步 · 判别器损失 {loss_d:.3f} · 生成器损失 {loss_g:.3f}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="90"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="261"/>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="31"/>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="121"/>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="599"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="141"/>
        <source>Stop after this step and save a checkpoint</source>
        <translation>在这一步之后停止并保存检查点</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="238"/>
        <source>Stop editing this clip and start an empty walk</source>
        <translation>停止编辑此片段，新建一段空白漫步</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="121"/>
        <source>Stop now and keep what was learned so far</source>
        <translation>立即停止并保留目前学到的内容</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="261"/>
        <source>Stop now; no unfinished video is left behind</source>
        <translation>立即停止；不会留下未完成的视频</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="285"/>
        <source>Stop the export; no file is left behind</source>
        <translation>停止导出；不会留下任何文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="183"/>
        <source>Stop the voice; the script stays as it is</source>
        <translation>停止配音；脚本保持不变</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="236"/>
        <source>Stop the writer; the scenes stay as they are</source>
        <translation>停止写作；场景保持不变</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="443"/>
        <source>Stopped before the short was finished; no unfinished video was kept.</source>
        <translation>短视频完成前已停止；未保留未完成的视频。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="233"/>
        <source>Stopped early and saved</source>
        <translation>已提前停止并保存</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="449"/>
        <source>Stopped. {finished} of {variants} videos were finished before the stop and are kept:</source>
        <translation>已停止。{variants} 个视频中有 {finished} 个在停止前完成，已保留：</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="209"/>
        <source>Stopping after this step; what was learned is kept…</source>
        <translation>本步结束后停止；已学到的内容会保留…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="393"/>
        <source>Stopping at the next step…</source>
        <translation>将在下一步停止…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="826"/>
        <source>Stopping background work…</source>
        <translation>正在停止后台任务…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="191"/>
        <source>Structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="176"/>
        <source>Style&apos;s line length</source>
        <translation>按样式的行长</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="53"/>
        <source>Sync keyframes to beats</source>
        <translation>关键帧对齐节拍</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="166"/>
        <source>Sync to beats…</source>
        <translation>对齐节拍…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/language_menu.py" line="25"/>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="52"/>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="58"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="288"/>
        <source>Take back the last edit</source>
        <translation>撤销上一步编辑</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="298"/>
        <source>Take this slider off the list; Show hidden slider brings it back</source>
        <translation>从列表中隐藏这个滑块；可用“显示隐藏的滑块”找回</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/talking.py" line="241"/>
        <source>Talk directions found</source>
        <translation>已找到说话方向</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="65"/>
        <source>Teach a small face model your own style: choose a folder of images, start, and watch the samples improve. Cancel keeps the last checkpoint.</source>
        <translation>让小型面孔模型学会你的风格：选择图片文件夹，开始训练，看着样本逐渐变好。取消时会保留最近的检查点。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="149"/>
        <source>Teach a small text model your own scripts&apos; style</source>
        <translation>让一个小型文本模型学习你的脚本风格</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="61"/>
        <source>Teach a small text model your own way of writing: add your past scripts (JSON, SRT, Markdown or plain text, a blank line between scripts). It trains here, on this computer.</source>
        <translation>让一个小型文本模型学习你的写作方式：添加你以前的脚本（JSON、SRT、Markdown 或纯文本，脚本之间空一行）。训练就在这台电脑上进行。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="218"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="158"/>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="97"/>
        <source>Text models</source>
        <translation>文本模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="803"/>
        <source>That clip is no longer on the timeline</source>
        <translation>该片段已不在时间线上</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="810"/>
        <source>That favourite belongs to another model</source>
        <translation>这个收藏属于另一个模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="415"/>
        <source>That line has one sentence: there is nothing to split</source>
        <translation>这句台词只有一句话：无法拆分</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/llm.py" line="117"/>
        <source>The LLM server at {url} answered HTTP {code} (is the model name right?): {detail}.</source>
        <translation>{url} 的 LLM 服务返回了 HTTP {code}（模型名称对吗？）：{detail}。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/llm.py" line="122"/>
        <source>The LLM server at {url} answered HTTP {code}: {detail}.</source>
        <translation>{url} 的 LLM 服务返回了 HTTP {code}：{detail}。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/llm.py" line="237"/>
        <source>The LLM server at {url} reported: {detail}.</source>
        <translation>{url} 的 LLM 服务报错：{detail}。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/llm.py" line="224"/>
        <source>The LLM server at {url} sent malformed JSON in its stream ({payload!r}); is it an OpenAI-compatible server?</source>
        <translation>{url} 的 LLM 服务在数据流中发来了格式错误的 JSON（{payload!r}）；它是兼容 OpenAI 的服务吗？</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/llm.py" line="146"/>
        <source>The LLM server at {url} sent nothing for {seconds:g} seconds; it may still be loading the model. Try again or raise the timeout.</source>
        <translation>{url} 的 LLM 服务 {seconds:g} 秒内没有返回任何内容；它可能还在加载模型。请重试或调高超时时间。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/llm.py" line="231"/>
        <source>The LLM server at {url} sent {payload!r}, not a chat chunk.</source>
        <translation>{url} 的 LLM 服务发来的是 {payload!r}，不是聊天数据块。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="142"/>
        <source>The LLM server&apos;s address and model, your text model</source>
        <translation>LLM 服务的地址和模型，以及你的文本模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="228"/>
        <source>The MP4 to write; the project is saved beside it</source>
        <translation>要写入的 MP4；项目保存在它旁边</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts_piper.py" line="120"/>
        <source>The Piper voice file {name} is not a working ONNX model.</source>
        <translation>Piper 语音文件 {name} 不是可用的 ONNX 模型。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts_piper.py" line="108"/>
        <source>The Piper voice file {path} cannot be read.</source>
        <translation>无法读取 Piper 语音文件 {path}。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts_piper.py" line="152"/>
        <source>The Piper voice file {path} does not exist.</source>
        <translation>Piper 语音文件 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts_piper.py" line="88"/>
        <source>The Piper voice settings {file} are missing or have a bad {error}.</source>
        <translation>Piper 语音设置 {file} 缺少 {error} 或其值有误。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts_piper.py" line="94"/>
        <source>The Piper voice settings {file} are not a Piper voice&apos;s.</source>
        <translation>Piper 语音设置 {file} 不是 Piper 语音的设置。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts_piper.py" line="67"/>
        <source>The Piper voice settings {file} cannot be read: {error}.</source>
        <translation>无法读取 Piper 语音设置 {file}：{error}。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts_piper.py" line="187"/>
        <source>The Piper voice {voice} cannot read any of this line.</source>
        <translation>Piper 语音 {voice} 读不出这句台词的任何内容。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts_piper.py" line="207"/>
        <source>The Piper voice {voice} failed to run: {error}.</source>
        <translation>Piper 语音 {voice} 运行失败：{error}。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts_piper.py" line="61"/>
        <source>The Piper voice {voice} has no {file} next to it.</source>
        <translation>Piper 语音 {voice} 旁边缺少 {file}。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="77"/>
        <source>The beat the first keyframe lands on (1 = the first beat)</source>
        <translation>第一个关键帧所在的拍（1 = 第一拍）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_meta.py" line="29"/>
        <source>The big text on the cover image</source>
        <translation>封面图上的大字</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/about.py" line="64"/>
        <source>The built-in face model was trained on Cartoon Set. {attribution}</source>
        <translation>内置面孔模型使用 Cartoon Set 训练。{attribution}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="475"/>
        <source>The built-in model {name!r} is not installed; reinstall AIGC Studio or pick another model.</source>
        <translation>内置模型 {name!r} 未安装；请重新安装 AIGC Studio 或选择其他模型。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts_espeak.py" line="67"/>
        <source>The bundled eSpeak NG voice could not be loaded ({error}); reinstall AIGC Studio&apos;s espeakng-loader package.</source>
        <translation>无法加载内置的 eSpeak NG 语音（{error}）；请重新安装 AIGC Studio 的 espeakng-loader 组件包。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="220"/>
        <source>The caption&apos;s words (applied on leaving the box, or Ctrl+Enter)</source>
        <translation>字幕文字（离开输入框或按 Ctrl+Enter 时生效）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="114"/>
        <source>The captions use characters the caption font does not have; they would show as empty boxes: {characters}. Replace them with more common ones.</source>
        <translation>字幕中有字幕字体不支持的字符，会显示成空白方框：{characters}。请换成更常用的字。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clipboard.py" line="28"/>
        <source>The clipboard does not hold AIGC Studio clips; copy clips on the timeline first.</source>
        <translation>剪贴板里没有 AIGC Studio 片段；请先在时间线上复制片段。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clipboard.py" line="90"/>
        <source>The copied clips are empty; copy clips on the timeline first.</source>
        <translation>复制的片段是空的；请先在时间线上复制片段。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="74"/>
        <source>The face for the current latent, rendered live</source>
        <translation>当前潜向量对应的面孔，实时渲染</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="136"/>
        <source>The face in Explore</source>
        <translation>探索中的面孔</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="207"/>
        <source>The face model whose faces appear; empty = the shipped one</source>
        <translation>出镜面孔所用的模型；留空则用内置模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/quick/pipeline.py" line="332"/>
        <source>The face model {model} cannot be read ({error}).</source>
        <translation>无法读取面孔模型 {model}（{error}）。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="325"/>
        <source>The face model {path} is not there; choose another one.</source>
        <translation>面孔模型 {path} 不存在；请另选一个。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="304"/>
        <source>The file appears only when the export completes.</source>
        <translation>导出完成后才会出现文件。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="506"/>
        <source>The folder {folder} does not exist; choose another.</source>
        <translation>文件夹 {folder} 不存在；请另选一个。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="308"/>
        <source>The image folder {folder} does not exist.</source>
        <translation>图片文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/sources.py" line="165"/>
        <source>The image {name} cannot be read: {error}</source>
        <translation>无法读取图片 {name}：{error}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/sources.py" line="161"/>
        <source>The image {name} is missing ({path}).</source>
        <translation>图片 {name} 不见了（{path}）。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/sources.py" line="147"/>
        <source>The image {name} is too large ({width}x{height}).</source>
        <translation>图片 {name} 太大了（{width}x{height}）。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/sources.py" line="169"/>
        <source>The image {name} is too large to open safely.</source>
        <translation>图片 {name} 太大，无法安全打开。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/jobs.py" line="89"/>
        <source>The job</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/language_menu.py" line="19"/>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="107"/>
        <source>The language changes the next time AIGC Studio starts.</source>
        <translation>语言将在下次启动 AIGC Studio 时切换。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="174"/>
        <source>The language of the script, the voice and the captions</source>
        <translation>脚本、配音和字幕的语言</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="106"/>
        <source>The language the lines are written in</source>
        <translation>台词所用的语言</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="57"/>
        <source>The line or the voice changed after it was spoken: Generate narration again</source>
        <translation>配音后台词或声音有改动：请重新生成配音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="78"/>
        <source>The local LLM writer talks to a server on your computer that speaks the OpenAI chat API (Ollama, llama.cpp, LM Studio, vLLM). Nothing is sent anywhere else.</source>
        <translation>本地 LLM 写作会连接你电脑上兼容 OpenAI 聊天 API 的服务（Ollama、llama.cpp、LM Studio、vLLM）。不会向其他任何地方发送数据。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="171"/>
        <source>The look of the burned-in captions</source>
        <translation>烧录字幕的样式</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/sources.py" line="58"/>
        <location filename="../../aigc_studio/media/waveform.py" line="95"/>
        <source>The media file {name} is missing ({path}).</source>
        <translation>素材文件 {name} 不见了（{path}）。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="545"/>
        <source>The media file {path} belongs to a project folder, but this project has none; open the project from its folder or relink the clip.</source>
        <translation>素材文件 {path} 属于某个项目文件夹，但这个项目没有文件夹；请从项目文件夹打开项目，或重新链接该片段。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="535"/>
        <source>The media file {path} is missing; relink the clip to the file where it is now.</source>
        <translation>素材文件 {path} 不见了；请把片段重新链接到文件现在的位置。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="158"/>
        <source>The media file {path} is outside the project folder, so the folder alone does not hold it; save the project to copy it in{used_by}.</source>
        <translation>素材文件 {path} 在项目文件夹之外，文件夹本身不包含它；请保存项目把它复制进来{used_by}。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="164"/>
        <source>The media file {path} {reason}; replace or relink it{used_by}.</source>
        <translation>素材文件 {path} {reason}；请替换或重新链接它{used_by}。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="551"/>
        <source>The media path {path!r} points outside the project folder; relink the clip to its file so it is copied into the project.</source>
        <translation>素材路径 {path!r} 指向项目文件夹之外；请重新链接片段的文件，让它被复制到项目中。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="492"/>
        <source>The model file {ref} is missing from the project folder; pick the model again.</source>
        <translation>项目文件夹中缺少模型文件 {ref}；请重新选择模型。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="484"/>
        <source>The model path {ref!r} points outside the project folder; pick the model again so it is copied into the project.</source>
        <translation>模型路径 {ref!r} 指向项目文件夹之外；请重新选择模型，让它被复制到项目中。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/talking.py" line="114"/>
        <source>The model&apos;s faces do not vary where a mouth would be.</source>
        <translation>该模型的面孔在嘴部位置没有变化。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="59"/>
        <source>The model&apos;s name as the server knows it, e.g. qwen2.5:3b</source>
        <translation>服务端的模型名称，例如 qwen2.5:3b</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/quick/music.py" line="30"/>
        <source>The music loop {path} is missing; reinstall AIGC Studio.</source>
        <translation>音乐循环 {path} 不见了；请重新安装 AIGC Studio。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="111"/>
        <source>The narration the script has now</source>
        <translation>脚本当前的配音情况</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/quick/pipeline.py" line="142"/>
        <source>The own script writer needs your text model file (see script-train).</source>
        <translation>使用自己的脚本生成器需要你的文本模型文件（见 script-train）。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="201"/>
        <source>The platform the video is for: its size and frame rate</source>
        <translation>视频要发布的平台：决定尺寸和帧率</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="224"/>
        <source>The platform whose length limit the total is checked against</source>
        <translation>按哪个平台的时长上限检查总时长</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="191"/>
        <source>The platform&apos;s format: frame size, rate and length limit</source>
        <translation>平台的格式：画面尺寸、帧率和时长上限</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="506"/>
        <source>The project folder {folder} is no longer there (moved or deleted), so it was taken off the recent list; use Open… to find it.</source>
        <translation>项目文件夹 {folder} 已不存在（被移动或删除），已从最近列表中移除；请用“打开…”找到它。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/envelope.py" line="89"/>
        <location filename="../../aigc_studio/project/host_commands.py" line="35"/>
        <source>The project has no narration to speak: add a voice first.</source>
        <translation>项目中没有可朗读的旁白：请先添加配音。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="375"/>
        <source>The project needs {needed} MB but {folder} has only {free} MB free; free some space or choose another folder.</source>
        <translation>项目需要 {needed} MB，但 {folder} 只剩 {free} MB 可用；请清理一些空间或换个文件夹。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="112"/>
        <source>The recipe (augmentation, spectral norm, averaged weights) trains stably on a few hundred images; DCGAN is the original 2016 network and training</source>
        <translation>配方（数据增强、谱归一化、权重平均）用几百张图片也能稳定训练；DCGAN 是 2016 年的原始网络和训练方式</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/autosave.py" line="159"/>
        <source>The recovery copy in {folder} cannot be read ({error}); it was skipped. Delete that folder if you do not need it.</source>
        <translation>{folder} 中的恢复副本无法读取（{error}），已跳过。如果不需要，可以删除该文件夹。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="131"/>
        <source>The same seed always gives the same face (as the CLI does)</source>
        <translation>同一个种子总是生成同一张面孔（与命令行一致）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="67"/>
        <source>The sample short is open on the timeline: press Space to play it. Everything here runs on this computer, offline.</source>
        <translation>示例短片已在时间线上打开：按空格键播放。这里的一切都在你的电脑上离线运行。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="218"/>
        <source>The script changed while it was being spoken: Generate narration again</source>
        <translation>配音期间脚本有改动：请重新生成配音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/quick/pipeline.py" line="277"/>
        <source>The script writer gave no scenes; try another topic or seed.</source>
        <translation>脚本生成器没有生成任何场景；请换个主题或种子再试。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="69"/>
        <source>The scripts the model learns from</source>
        <translation>模型要学习的脚本</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="110"/>
        <source>The shape of the short (your text model ignores it)</source>
        <translation>短视频的结构（你的文本模型会忽略它）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="189"/>
        <source>The shape of the short; Auto picks one that suits the topic</source>
        <translation>短视频的结构；“自动”会选一个适合主题的</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="206"/>
        <source>The shipped face model</source>
        <translation>内置面孔模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_meta.py" line="26"/>
        <source>The short&apos;s title (file metadata, cover, description)</source>
        <translation>短视频标题（用于文件元数据、封面和简介）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/loudness.py" line="326"/>
        <location filename="../../aigc_studio/media/mix.py" line="199"/>
        <location filename="../../aigc_studio/media/waveform.py" line="131"/>
        <source>The sound of {name} cannot be read: {reason}</source>
        <translation>无法读取 {name} 的声音：{reason}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="329"/>
        <source>The three main jobs, and a short from an idea</source>
        <translation>三项主要工作，以及用一个想法生成短视频</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="55"/>
        <source>The timeline&apos;s sound clips are silent: nothing to normalise</source>
        <translation>时间线上的声音片段都是静音：无需响度标准化</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/tasks.py" line="218"/>
        <source>The video is ready, but its cover image was not: {error}</source>
        <translation>视频已导出，但封面图未能生成：{error}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/presets.py" line="85"/>
        <source>The video is {duration} long, but {preset} accepts at most {limit}; shorten it or choose another preset.</source>
        <translation>视频时长 {duration}，但 {preset} 最多只支持 {limit}；请剪短视频或换个预设。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts.py" line="101"/>
        <source>The voice engine must be espeak or piper, not {engine!r}.</source>
        <translation>语音引擎必须是 espeak 或 piper，不能是 {engine!r}。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts.py" line="169"/>
        <source>The voice made no sound for the line {line!r}.</source>
        <translation>这句台词没有生成任何声音：{line!r}。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="319"/>
        <source>The walk is drawn in the classes of its newest keyframe</source>
        <translation>漫步按最新关键帧的类别生成</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/parse.py" line="50"/>
        <source>The writer gave back nothing; try again or another writer.</source>
        <translation>没有写出任何内容；请重试或换一种写作方式。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/parse.py" line="109"/>
        <source>The writer&apos;s JSON answer has no list of scenes; try again.</source>
        <translation>写出的 JSON 里没有场景列表；请重试。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/parse.py" line="68"/>
        <source>The writer&apos;s answer has no scenes with a line to say; try again.</source>
        <translation>写出的内容里没有带台词的场景；请重试。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/parse.py" line="71"/>
        <source>The writer&apos;s answer has {count} scenes, more than a short can hold (at most {limit}); ask for fewer seconds or try again.</source>
        <translation>写出的内容有 {count} 个场景，超出了短视频的容量（最多 {limit} 个）；请缩短时长或重试。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/parse.py" line="53"/>
        <source>The writer&apos;s answer is {chars:,} characters, far too long for a short (at most {limit:,}); ask for fewer seconds or try again.</source>
        <translation>写出的内容有 {chars:,} 个字符，对短视频来说太长了（最多 {limit:,} 个）；请缩短时长或重试。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/parse.py" line="90"/>
        <source>The writer&apos;s answer looks like JSON but is broken ({problem} at line {line}); try again.</source>
        <translation>写出的内容像是 JSON，但格式有误（第 {line} 行：{problem}）；请重试。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="164"/>
        <source>The writer&apos;s text appears here as it is written</source>
        <translation>写作内容会实时显示在这里</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="293"/>
        <source>The zip entry {entry!r} appears twice; the zip was not imported.</source>
        <translation>压缩包条目 {entry!r} 出现了两次；未导入该压缩包。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="443"/>
        <source>The zip entry {entry!r} cannot be unpacked ({error}); the zip was not imported.</source>
        <translation>压缩包条目 {entry!r} 无法解压（{error}）；未导入该压缩包。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="437"/>
        <source>The zip entry {entry!r} is damaged ({error}); the zip was not imported.</source>
        <translation>压缩包条目 {entry!r} 已损坏（{error}）；未导入该压缩包。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="429"/>
        <source>The zip entry {entry!r} unpacks to more data than it declares or the import allows; the zip was not imported.</source>
        <translation>压缩包条目 {entry!r} 解压后的数据超出了它声明的大小或导入允许的上限；未导入该压缩包。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="346"/>
        <source>The zip entry {entry} has a &apos;:&apos; in its path; the zip was not imported.</source>
        <translation>压缩包条目 {entry} 的路径中含有“:”；未导入该压缩包。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="332"/>
        <source>The zip entry {entry} has a backslash or odd character in its path; the zip was not imported.</source>
        <translation>压缩包条目 {entry} 的路径中含有反斜杠或异常字符；未导入该压缩包。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="326"/>
        <source>The zip entry {entry} has an absolute path; the zip was not imported.</source>
        <translation>压缩包条目 {entry} 使用了绝对路径；未导入该压缩包。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="353"/>
        <source>The zip entry {entry} is a symlink; the zip was not imported.</source>
        <translation>压缩包条目 {entry} 是符号链接；未导入该压缩包。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="363"/>
        <source>The zip entry {entry} is encrypted; ask for a zip without a password.</source>
        <translation>压缩包条目 {entry} 已加密；请索要一个没有密码的压缩包。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="357"/>
        <source>The zip entry {entry} is not a plain file or folder; the zip was not imported.</source>
        <translation>压缩包条目 {entry} 不是普通文件或文件夹；未导入该压缩包。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="340"/>
        <source>The zip entry {entry} points outside its folder; the zip was not imported.</source>
        <translation>压缩包条目 {entry} 指向其文件夹之外；未导入该压缩包。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="58"/>
        <source>The {keyframes} keyframes are placed on the music&apos;s beats, so the face arrives at each one on a beat. The music is taken to start with the walk.</source>
        <translation>这 {keyframes} 个关键帧会放在音乐的节拍上，让面孔踩着节拍到达每个关键帧。音乐视为与漫步同时开始。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="63"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts.py" line="116"/>
        <source>There is no Piper voice for {lang!r} in {folder}; add one or use eSpeak.</source>
        <translation>{folder} 中没有 {lang!r} 的 Piper 语音；请添加一个或改用 eSpeak。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="239"/>
        <source>There is no file {path}; check the path.</source>
        <translation>文件 {path} 不存在；请检查路径。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="101"/>
        <location filename="../../aigc_studio/project/archive.py" line="242"/>
        <source>There is no folder {folder}; create it or choose another.</source>
        <translation>文件夹 {folder} 不存在；请创建它或换一个。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="292"/>
        <source>There is no project at {folder}; check the path and try again.</source>
        <translation>{folder} 处没有项目；请检查路径后重试。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/structures.py" line="417"/>
        <source>There is no structure called {structure!r}; try {names}.</source>
        <translation>没有名为 {structure!r} 的结构；可以试试 {names}。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="332"/>
        <source>There is no text model of yours yet: train one in the Script area (Train my text model…) or choose another writer.</source>
        <translation>你还没有自己的文本模型：请在“脚本”区训练一个（训练我的文本模型…），或换一种写作方式。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts.py" line="163"/>
        <location filename="../../aigc_studio/media/tts_espeak.py" line="142"/>
        <location filename="../../aigc_studio/media/tts_piper.py" line="183"/>
        <source>There is no text to speak.</source>
        <translation>没有可朗读的文字。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clipboard.py" line="83"/>
        <source>These clips were copied from a newer AIGC Studio; update AIGC Studio to paste them.</source>
        <translation>这些片段是从更新版本的 AIGC Studio 复制的；请更新 AIGC Studio 后再粘贴。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="251"/>
        <source>These files were not added:</source>
        <translation>以下文件未添加：</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="231"/>
        <source>This model was trained with labels: pick the class to draw</source>
        <translation>此模型用标签训练过：选择要生成的类别</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="321"/>
        <source>This project was saved by a newer AIGC Studio (file format {version}, this version reads up to {latest}); update AIGC Studio to open it.</source>
        <translation>该项目由更新版本的 AIGC Studio 保存（文件格式 {version}，当前版本最高只能读取 {latest}）；请更新 AIGC Studio 后再打开。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="77"/>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="93"/>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="73"/>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="68"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="290"/>
        <source>Tip: the spherical path (slerp) keeps the faces between keyframes as sharp as the keyframes. A walk on the timeline opens here again with a double-click.</source>
        <translation>提示：球面路径（slerp）让关键帧之间的面孔与关键帧一样清晰。在时间线上双击漫步，可在这里重新打开。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_meta.py" line="30"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="68"/>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="106"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="70"/>
        <location filename="../../aigc_studio/ui/export_panel.py" line="97"/>
        <source>Top left</source>
        <translation>左上角</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="71"/>
        <location filename="../../aigc_studio/ui/export_panel.py" line="98"/>
        <source>Top right</source>
        <translation>右上角</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="169"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="101"/>
        <source>Topic, e.g. how a GAN learns faces</source>
        <translation>主题，例如：GAN 是如何学会画人脸的</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="90"/>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="117"/>
        <location filename="../../aigc_studio/ui/train_panel.py" line="64"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="90"/>
        <source>Train a face model on your own images</source>
        <translation>用你自己的图片训练面孔模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="137"/>
        <source>Train a model on the image folder</source>
        <translation>用图片文件夹训练模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="52"/>
        <source>Train my text model</source>
        <translation>训练我的文本模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="148"/>
        <source>Train my text model…</source>
        <translation>训练我的文本模型…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="170"/>
        <source>Train on CPU</source>
        <translation>改用 CPU 训练</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="67"/>
        <source>Train one with “Train my text model…”</source>
        <translation>用“训练我的文本模型…”训练一个</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="200"/>
        <source>Train text model</source>
        <translation>训练文本模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="233"/>
        <source>Trained</source>
        <translation>训练完成</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="338"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="418"/>
        <source>Training finished; model saved to {path}</source>
        <translation>训练完成；模型已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="181"/>
        <source>Training messages appear here.</source>
        <translation>训练信息将显示在这里。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="335"/>
        <source>Training on {images} → {run}</source>
        <translation>正在训练：{images} → {run}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="333"/>
        <source>Training on {images} → {run} on the CPU, from the saved state</source>
        <translation>正在用 CPU 从保存的状态继续训练：{images} → {run}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="355"/>
        <source>Training paused after this step; press Resume to go on</source>
        <translation>训练将在这一步之后暂停；点“继续”恢复</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="352"/>
        <source>Training resumed</source>
        <translation>训练已继续</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="345"/>
        <source>Training started</source>
        <translation>训练已开始</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="100"/>
        <source>Training steps</source>
        <translation>训练步数</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="423"/>
        <source>Training stopped with an error.</source>
        <translation>训练因错误而停止。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="204"/>
        <source>Training stopped.</source>
        <translation>训练已停止。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="425"/>
        <source>Training stopped: the GPU ran out of memory.</source>
        <translation>训练已停止：GPU 显存不足。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/attribute_classifier.py" line="153"/>
        <source>Training the attribute classifier {step}</source>
        <translation>正在训练属性分类器 {step}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="241"/>
        <source>Transition</source>
        <translation>转场</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="242"/>
        <source>Transition length</source>
        <translation>转场时长</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="138"/>
        <source>Trim clip</source>
        <translation>修剪片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="149"/>
        <source>Truncation ψ</source>
        <translation>截断 ψ</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="31"/>
        <source>Truncation ψ scales the latent towards the average face: the face drawn is ψ × z.
1 is the face itself; lower values (0.5–0.8) give more typical, cleaner faces with less variety;
0 is the average face for every seed; above 1 exaggerates features (and flaws).</source>
        <translation>截断 ψ 把潜向量向平均面孔收缩：生成的面孔为 ψ × z。
1 即面孔本身；较低的值（0.5–0.8）得到更常见、更干净但变化更少的面孔；
0 时每个种子都是平均面孔；大于 1 会夸大特征（以及瑕疵）。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="614"/>
        <source>Truncation ψ {psi:.2f}</source>
        <translation>截断 ψ {psi:.2f}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="219"/>
        <source>Type a topic first, e.g. “how a GAN learns faces”</source>
        <translation>请先输入主题，例如“GAN 是如何学会画人脸的”</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="68"/>
        <source>Type a topic first, in a sentence, e.g. “why cats knock things off tables”; the script is written about it.</source>
        <translation>请先用一句话输入主题，例如“猫为什么爱把东西推下桌”；脚本会围绕它来写。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="229"/>
        <source>Type a topic; get a finished short and a project to edit</source>
        <translation>输入主题，一键生成成片和可编辑的项目</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="98"/>
        <source>Type a topic; the studio writes, voices, captions, animates and exports it</source>
        <translation>输入话题，工作室会自动写脚本、配音、加字幕、生成画面并导出</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="157"/>
        <source>Type an idea; the studio writes the script, voices it, captions it, animates faces to it, adds music and exports the video. The result is also saved as a project you can edit on the timeline.</source>
        <translation>输入一个创意，工作室会写脚本、配音、加字幕、让面孔动起来、配上音乐并导出视频。成片同时保存为项目，可在时间线上继续编辑。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="97"/>
        <source>Undo the last explorer move</source>
        <translation>撤销探索中的上一步</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/quick/pipeline.py" line="150"/>
        <source>Unknown host placement {host!r}; choose {places}.</source>
        <translation>未知的虚拟主播位置 {host!r}；请选择 {places}。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/quick/pipeline.py" line="137"/>
        <source>Unknown script writer {provider!r}; choose {choices}.</source>
        <translation>未知的脚本生成器 {provider!r}；请选择 {choices}。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="403"/>
        <source>Unpacked {file}</source>
        <translation>已解压 {file}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="439"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="427"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="248"/>
        <source>Update clip</source>
        <translation>更新片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="115"/>
        <source>Use an audio file you recorded as the selected scene&apos;s voice</source>
        <translation>用你录制的音频文件作为所选场景的配音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="137"/>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="118"/>
        <source>Use as face B (blend)</source>
        <translation>用作面孔 B（混合）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="81"/>
        <source>Use current face as B</source>
        <translation>将当前面孔设为 B</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="114"/>
        <source>Use my recording…</source>
        <translation>使用我的录音…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/language_menu.py" line="47"/>
        <source>Use the computer&apos;s language (Chinese for a Chinese system)</source>
        <translation>使用电脑的系统语言（中文系统显示中文）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="210"/>
        <source>Use this easing for every segment</source>
        <translation>所有分段都使用这种缓动</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="220"/>
        <source>Variants</source>
        <translation>版本数</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="345"/>
        <source>Version, licences and where the sample images come from</source>
        <translation>版本、许可证及示例图片来源</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/originality.py" line="165"/>
        <source>Very close to training image {image} (distance {distance:.2f}) — this face may copy it</source>
        <translation>与训练图片 {image} 非常接近（距离 {distance:.2f}）——这张面孔可能照搬了它</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="51"/>
        <location filename="../../aigc_studio/ui/timeline_style.py" line="115"/>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="88"/>
        <source>Video file</source>
        <translation>视频文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="227"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="226"/>
        <source>Virtual host</source>
        <translation>虚拟主播</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="276"/>
        <source>Virtual host added.</source>
        <translation>已添加虚拟主播。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_paint.py" line="100"/>
        <source>Virtual host · {length}</source>
        <translation>虚拟主播 · {length}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="113"/>
        <source>Voice</source>
        <translation>声音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="234"/>
        <source>Voice: {voice}, rate {rate:g} ×, pitch {pitch} (generate narration again to hear it in the video)</source>
        <translation>声音：{voice}，语速 {rate:g} ×，音调 {pitch}（重新生成配音后才会在视频中生效）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="70"/>
        <source>Wait at most</source>
        <translation>最长等待</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="831"/>
        <source>Wait for the face to appear, then add it as a keyframe</source>
        <translation>等面孔出现后再把它添加为关键帧</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="194"/>
        <source>Walk</source>
        <translation>漫步</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="278"/>
        <source>Walk cleared: its keyframes belong to another model</source>
        <translation>漫步已清空：它的关键帧属于另一个模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="546"/>
        <source>Walk updated on the timeline (Edit ▸ Undo restores it)</source>
        <translation>时间线上的漫步已更新（编辑 ▸ 撤销可恢复）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_paint.py" line="101"/>
        <source>Walk · {length}</source>
        <translation>漫步 · {length}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/sample.py" line="49"/>
        <source>Walks</source>
        <translation>漫步</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="574"/>
        <source>Warning: 1 keyframe may copy training images</source>
        <translation>警告：有 1 个关键帧可能照搬了训练图片</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="580"/>
        <source>Warning: {count} keyframes may copy training images</source>
        <translation>警告：有 {count} 个关键帧可能照搬了训练图片</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="440"/>
        <source>Warning: {message}</source>
        <translation>警告：{message}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="59"/>
        <location filename="../../aigc_studio/ui/welcome.py" line="63"/>
        <source>Welcome to AIGC Studio</source>
        <translation>欢迎使用 AIGC Studio</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_meta.py" line="27"/>
        <source>What grabs the viewer in the first 3 seconds</source>
        <translation>前 3 秒抓住观众的内容</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="75"/>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="149"/>
        <source>What moves the mouth: a direction fitted on faces like this one, or one of the explorer&apos;s sliders (as listed in Explore for this model)</source>
        <translation>由什么带动嘴部：在类似面孔上拟合出的方向，或探索中的某个滑块（按该模型在探索中的顺序）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="167"/>
        <source>What the short is about, in a sentence</source>
        <translation>用一句话说明短视频讲什么</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="75"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="214"/>
        <source>Where the clip begins on the timeline</source>
        <translation>片段在时间线上的开始位置</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="86"/>
        <source>Where the model, samples and metrics go</source>
        <translation>模型、样本和指标的保存位置</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="230"/>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="102"/>
        <source>Where to save</source>
        <translation>保存位置</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="178"/>
        <source>Where to write the .mp4</source>
        <translation>.mp4 的保存位置</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="222"/>
        <source>Which corner the mark sits in</source>
        <translation>标记放在哪个角</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="251"/>
        <source>Which moment of the video the cover shows</source>
        <translation>封面取视频的哪个时刻</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="367"/>
        <source>Which {label} class the faces are drawn in</source>
        <translation>按哪个{label}类别生成面孔</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="66"/>
        <source>White on a dark box</source>
        <translation>深色底框白字</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="65"/>
        <source>White with a black outline</source>
        <translation>白字黑描边</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="116"/>
        <source>Who reads the lines: the bundled eSpeak NG voices, or Piper voices you put in the voices folder</source>
        <translation>由谁来读台词：自带的 eSpeak NG 声音，或你放进 voices 文件夹的 Piper 声音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="180"/>
        <source>Who writes the script; the Script area&apos;s Settings… set up the LLM server and your text model</source>
        <translation>由谁来写脚本；在“脚本”区的“设置…”中配置 LLM 服务器和你的文本模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_meta.py" line="28"/>
        <source>Words for the description, e.g. #ai #faces</source>
        <translation>简介中的话题词，例如 #ai #faces</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="168"/>
        <source>Write a line in a scene first: there is nothing to say</source>
        <translation>请先在场景里写一句台词：现在没有可说的内容</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="32"/>
        <source>Write a script</source>
        <translation>写脚本</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="69"/>
        <source>Write for me</source>
        <translation>帮我写</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="365"/>
        <location filename="../../aigc_studio/ui/script_writer.py" line="238"/>
        <source>Write script</source>
        <translation>写脚本</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="228"/>
        <source>Write subtitles (.srt) and a description (.txt)</source>
        <translation>同时输出字幕（.srt）和简介（.txt）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="92"/>
        <source>Write the scenes and lines of your short</source>
        <translation>写出短视频的分镜和台词</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="257"/>
        <source>Write, voice, animate and export it</source>
        <translation>写脚本、配音、做动画并导出</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="185"/>
        <location filename="../../aigc_studio/ui/script_writer.py" line="126"/>
        <source>Writer</source>
        <translation>写作方式</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="47"/>
        <source>Writer settings</source>
        <translation>写作设置</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="282"/>
        <source>Writing cancelled; the scenes are unchanged</source>
        <translation>已取消写作；场景未改动</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/tasks.py" line="204"/>
        <source>Writing the cover image</source>
        <translation>正在生成封面图</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/mix.py" line="361"/>
        <source>Writing the mix</source>
        <translation>正在写入混音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/quick/pipeline.py" line="58"/>
        <source>Writing the script</source>
        <translation>正在撰写脚本</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="245"/>
        <source>Writing with {writer}…</source>
        <translation>正在用{writer}写作…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/llm.py" line="112"/>
        <location filename="../../aigc_studio/script/own_provider.py" line="100"/>
        <source>Writing…</source>
        <translation>正在写作…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="440"/>
        <source>Wrote {count} scenes: {title}</source>
        <translation>已写好 {count} 个场景：{title}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="78"/>
        <source>YouTube Shorts</source>
        <translation>YouTube Shorts</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="62"/>
        <source>Your recording: {file}</source>
        <translation>你的录音：{file}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/own_provider.py" line="108"/>
        <source>Your text model wrote no usable scenes; train it longer or on more of your scripts, or lower the temperature.</source>
        <translation>你的文本模型没有写出可用的场景；请训练更久、用更多脚本训练，或调低温度。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="129"/>
        <source>Zipped {file}</source>
        <translation>已压缩 {file}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="230"/>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="195"/>
        <source>Zoom in (Ctrl + mouse wheel)</source>
        <translation>放大（Ctrl + 鼠标滚轮）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="38"/>
        <source>Zoom in or out</source>
        <translation>放大或缩小</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="194"/>
        <source>Zoom out (Ctrl + mouse wheel)</source>
        <translation>缩小（Ctrl + 鼠标滚轮）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="199"/>
        <source>Zoom to show the whole project</source>
        <translation>缩放以显示整个项目</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/caption_timing.py" line="62"/>
        <source>a caption&apos;s duration cannot be negative, got {duration:g} s</source>
        <translation>字幕时长不能为负数，当前为 {duration:g} 秒</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/model.py" line="79"/>
        <source>a clip must be an object with a kind and times: {clip!r:.40}</source>
        <translation>片段必须是带有类型和时间的对象：{clip!r:.40}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/command_base.py" line="192"/>
        <source>a clip with id {clip_id!r} is already in the project</source>
        <translation>项目中已有 ID 为 {clip_id!r} 的片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="175"/>
        <location filename="../../aigc_studio/project/edit_commands.py" line="134"/>
        <source>a clip&apos;s duration must be positive, got {duration}</source>
        <translation>片段时长必须大于 0，实际为 {duration}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="339"/>
        <source>a clip&apos;s {field} cannot be changed</source>
        <translation>片段的 {field} 不能修改</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/command_base.py" line="84"/>
        <source>a clip&apos;s {name} must be a finite number, got {value!r}</source>
        <translation>片段的 {name} 必须是有限数值，实际为 {value!r}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/command_base.py" line="79"/>
        <source>a clip&apos;s {name} must be a number, got {value!r}</source>
        <translation>片段的 {name} 必须是数字，实际为 {value!r}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/models.py" line="159"/>
        <source>a conditional discriminator needs the images&apos; labels</source>
        <translation>条件判别器需要图片的标签</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/cover.py" line="56"/>
        <source>a cover frame must be (H, W, 3), got {shape}</source>
        <translation>封面画面必须是 (H, W, 3)，当前为 {shape}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/config.py" line="54"/>
        <source>a label needs 2 to {most} classes</source>
        <translation>每个标签需要 2 到 {most} 个类别</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/latent.py" line="51"/>
        <location filename="../../aigc_studio/project/clips.py" line="291"/>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="396"/>
        <source>a latent walk needs at least two keyframes</source>
        <translation>潜空间漫步至少需要两个关键帧</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/walk.py" line="88"/>
        <source>a latent walk needs at least two keyframes of the same length</source>
        <translation>潜空间漫步至少需要两个长度相同的关键帧</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="310"/>
        <source>a latent walk&apos;s keyframe times must be a list of seconds</source>
        <translation>潜空间漫步的关键帧时间必须是秒数列表</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="346"/>
        <source>a project name cannot be empty</source>
        <translation>项目名称不能为空</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/model.py" line="72"/>
        <source>a scene must be an object with shot and line, got {data!r:.40}</source>
        <translation>场景必须是包含 shot 和 line 的对象，实际是 {data!r:.40}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/model.py" line="80"/>
        <source>a scene&apos;s duration must be a number of seconds, got {duration!r}</source>
        <translation>场景时长必须是秒数，实际是 {duration!r}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/model.py" line="86"/>
        <source>a scene&apos;s duration must be a positive number of seconds up to a day, got {duration}</source>
        <translation>场景时长必须是大于 0、最多一天的秒数，实际是 {duration}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/model.py" line="111"/>
        <source>a scene&apos;s {key} must be a number of seconds, got {value!r}</source>
        <translation>场景的 {key} 必须是秒数，实际是 {value!r}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/model.py" line="130"/>
        <source>a scene&apos;s {key} must be true or false, got {value!r}</source>
        <translation>场景的 {key} 必须是 true 或 false，实际是 {value!r}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/model.py" line="117"/>
        <source>a scene&apos;s {key} must be zero or more seconds, got {value!r}</source>
        <translation>场景的 {key} 不能小于 0 秒，实际是 {value!r}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/model.py" line="170"/>
        <source>a script must be an object with scenes, got {data!r:.40}</source>
        <translation>脚本必须是包含 scenes 的对象，实际是 {data!r:.40}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/model.py" line="183"/>
        <source>a script&apos;s hashtags must be a list of words</source>
        <translation>脚本的话题标签必须是词语列表</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="314"/>
        <source>a script&apos;s language must be one of {choices}</source>
        <translation>脚本语言必须是以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/model.py" line="175"/>
        <source>a script&apos;s language must be one of {langs}, got {lang!r}</source>
        <translation>脚本语言必须是 {langs} 之一，实际是 {lang!r}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/model.py" line="186"/>
        <source>a script&apos;s scenes must be a list</source>
        <translation>脚本的场景必须是列表</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/slider_settings.py" line="150"/>
        <source>a slider needs a direction number and a name</source>
        <translation>滑块需要方向编号和名称</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/slider_settings.py" line="104"/>
        <source>a slider range must lie within ±{limit:g}</source>
        <translation>滑块范围必须在 ±{limit:g} 以内</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/slider_settings.py" line="106"/>
        <source>a slider&apos;s right end must lie at least 0.1 beyond its left end</source>
        <translation>滑块右端必须比左端至少大 0.1</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/model.py" line="68"/>
        <source>a track must be an object with kind and clips, got {data!r:.40}</source>
        <translation>轨道必须是带有类型和片段的对象，实际为 {data!r:.40}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/host_commands.py" line="46"/>
        <source>a virtual host clip needs talk settings</source>
        <translation>虚拟主播片段需要说话设置</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="159"/>
        <source>a virtual host needs a mouth direction</source>
        <translation>虚拟主播需要一个嘴部方向</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="164"/>
        <source>a virtual host&apos;s drift must be a list of latent directions</source>
        <translation>虚拟主播的漂移必须是潜空间方向列表</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="178"/>
        <source>a virtual host&apos;s loudness envelope must lie between 0 and 1</source>
        <translation>虚拟主播的响度包络必须在 0 到 1 之间</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="187"/>
        <source>a virtual host&apos;s seed must be a whole number, got {seed!r}</source>
        <translation>虚拟主播的种子必须是整数，实际为 {seed!r}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="156"/>
        <source>a virtual host&apos;s talk settings must be an object</source>
        <translation>虚拟主播的说话设置必须是一个对象</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="549"/>
        <source>a virtual host&apos;s {name} must be a list of numbers</source>
        <translation>虚拟主播的 {name} 必须是数字列表</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/model.py" line="89"/>
        <source>a {clip_kind} clip cannot be on a {track_kind} track</source>
        <translation>{clip_kind} 片段不能放在 {track_kind} 轨道上</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/command_base.py" line="63"/>
        <location filename="../../aigc_studio/project/commands.py" line="77"/>
        <source>a {clip_kind} clip cannot go on a {track_kind} track</source>
        <translation>{clip_kind} 片段不能放到 {track_kind} 轨道上</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="342"/>
        <source>a {kind} clip has no field {field!r}</source>
        <translation>{kind} 片段没有字段 {field!r}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="595"/>
        <source>a {kind} clip needs the path of its file</source>
        <translation>{kind} 片段需要其文件的路径</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="202"/>
        <source>a {old_kind} clip cannot be replaced by a {new_kind} clip</source>
        <translation>{old_kind} 片段不能替换为 {new_kind} 片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="290"/>
        <source>a {size}-value latent cannot join a walk of {walk_size}-value latents</source>
        <translation>{size} 维的潜向量不能加入由 {walk_size} 维潜向量组成的漫步</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="387"/>
        <source>all commands in a group must edit the same project</source>
        <translation>同一组中的所有操作必须编辑同一个项目</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="174"/>
        <source>an export needs at least one frame</source>
        <translation>导出至少需要一帧画面</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/checkpoint.py" line="165"/>
        <source>are not those of an AIGC Studio image generator</source>
        <translation>不属于 AIGC Studio 的图像生成器</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/checkpoint.py" line="170"/>
        <source>are those of a {resolution}-pixel model with a latent size of {latent}</source>
        <translation>属于 {resolution} 像素、潜向量维度为 {latent} 的模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="653"/>
        <source>at batch size {batch}</source>
        <translation>批大小为 {batch} 时</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/directions.py" line="242"/>
        <source>attribute directions need a folder of images with a labels.csv</source>
        <translation>属性方向需要一个带 labels.csv 的图片文件夹</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="486"/>
        <source>audio loop must be true or false, got {loop!r}</source>
        <translation>音频循环必须是 true 或 false，实际为 {loop!r}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="101"/>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="104"/>
        <source>auto uses a GPU when there is one, else the CPU</source>
        <translation>“自动”在有 GPU 时使用 GPU，否则使用 CPU</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="61"/>
        <source>before-after</source>
        <translation>前后对比</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/speed.py" line="83"/>
        <source>bf16 was requested but {device} has no native bf16 support</source>
        <translation>指定了 bf16，但 {device} 不原生支持 bf16</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="166"/>
        <source>blink</source>
        <translation>眨眼</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="161"/>
        <source>blink direction</source>
        <translation>眨眼方向</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/char_gpt.py" line="35"/>
        <source>block_size, n_layer and n_head must be at least 1</source>
        <translation>block_size、n_layer 和 n_head 至少为 1</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="75"/>
        <source>cannot be opened</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/formats.py" line="143"/>
        <source>cannot export a script as .{kind}: use one of {kinds}</source>
        <translation>无法将脚本导出为 .{kind}：请使用 {kinds} 之一</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/formats.py" line="262"/>
        <source>cannot import a script from .{kind}: use one of {kinds}</source>
        <translation>无法从 .{kind} 文件导入脚本：请使用 {kinds} 之一</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/beats.py" line="91"/>
        <source>cannot read {name} as audio: {reason}</source>
        <translation>无法将 {name} 作为音频读取：{reason}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="339"/>
        <source>caption &quot;{text}&quot;</source>
        <translation>字幕“{text}”</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_style.py" line="103"/>
        <source>captions</source>
        <translation>字幕</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/sound_settings.py" line="89"/>
        <source>captions karaoke must be true or false, got {value!r}</source>
        <translation>字幕卡拉 OK 高亮必须是 true 或 false，实际为 {value!r}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/tasks.py" line="198"/>
        <source>checking keyframes against training images</source>
        <translation>正在将关键帧与训练图片比对</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/generate.py" line="151"/>
        <source>class out of range (this model has {ranges})</source>
        <translation>类别超出范围（该模型的范围是 {ranges}）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/directions.py" line="250"/>
        <source>classifier accuracy {scores}</source>
        <translation>分类器准确率 {scores}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="85"/>
        <source>clip {clip_id!r} is moved twice in one step</source>
        <translation>片段 {clip_id!r} 在一步中被移动了两次</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="196"/>
        <source>clip {clip_id!r} is no longer under {seconds:.2f} s</source>
        <translation>片段 {clip_id!r} 已不在 {seconds:.2f} 秒处</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="349"/>
        <source>clip {name}</source>
        <translation>片段 {name}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="539"/>
        <source>clip {name} must be a finite number, got {value!r:.40}</source>
        <translation>片段的 {name} 必须是有限数值，实际为 {value!r:.40}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="531"/>
        <source>clip {name} must be a number, got {value!r:.40}</source>
        <translation>片段的 {name} 必须是数字，实际为 {value!r:.40}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="584"/>
        <source>clip {name} must be between {low:g} and {high:g}, got {value!r}</source>
        <translation>片段的 {name} 必须在 {low:g} 到 {high:g} 之间，实际为 {value!r}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="558"/>
        <source>clip {name} must be positive, got {value!r}</source>
        <translation>片段的 {name} 必须大于 0，实际为 {value!r}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="567"/>
        <source>clip {name} must not be negative, got {value!r}</source>
        <translation>片段的 {name} 不能为负数，实际为 {value!r}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/char_gpt.py" line="144"/>
        <source>context {length} is longer than block_size</source>
        <translation>上下文长度 {length} 超过了 block_size</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="220"/>
        <source>could not be read ({reason})</source>
        <translation>无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="218"/>
        <source>could not be read in time</source>
        <translation>未能及时读取</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/probe.py" line="195"/>
        <source>could not read the H.264 stream of {name}</source>
        <translation>无法读取 {name} 的 H.264 视频流</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="134"/>
        <source>cover time must be 0 or more seconds, got {seconds}</source>
        <translation>封面时间点必须大于等于 0 秒，当前为 {seconds}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="114"/>
        <source>crf must be 0..51, got {crf}</source>
        <translation>CRF 必须在 0 到 51 之间，当前为 {crf}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="188"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/directions.py" line="310"/>
        <source>directions have {found} values, the model&apos;s latent has {expected}</source>
        <translation>方向有 {found} 个值，而模型的潜向量有 {expected} 个</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/directions.py" line="315"/>
        <source>directions must be orthonormal</source>
        <translation>方向必须是标准正交的</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/directions.py" line="63"/>
        <source>directions need one name per vector and (K, latent_dim) vectors</source>
        <translation>方向需要每个向量一个名称，且向量形状为 (K, latent_dim)</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/config.py" line="48"/>
        <source>discriminator width out of range or not RGB</source>
        <translation>判别器宽度超出范围或不是 RGB</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="39"/>
        <source>drag</source>
        <translation>拖动</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="167"/>
        <source>drift</source>
        <translation>漂移</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="165"/>
        <source>drift direction</source>
        <translation>漂移方向</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/char_gpt.py" line="43"/>
        <source>dropout must be in [0, 1)</source>
        <translation>dropout 必须在 [0, 1) 范围内</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="131"/>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="166"/>
        <source>e.g. why cats knock things off tables</source>
        <translation>例如：猫为什么爱把东西推下桌</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts_espeak.py" line="161"/>
        <source>eSpeak NG could not speak this line (error {status}).</source>
        <translation>eSpeak NG 无法朗读这句台词（错误 {status}）。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts_espeak.py" line="102"/>
        <source>eSpeak NG could not start with its voice data in {folder}.</source>
        <translation>eSpeak NG 无法使用 {folder} 中的语音数据启动。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts_espeak.py" line="116"/>
        <source>eSpeak NG has no voice called {name!r}.</source>
        <translation>eSpeak NG 没有名为 {name!r} 的语音。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_strip.py" line="26"/>
        <source>ease in</source>
        <translation>缓入</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_strip.py" line="26"/>
        <source>ease in-out</source>
        <translation>缓入缓出</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="316"/>
        <source>easing</source>
        <translation>缓动</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_style.py" line="106"/>
        <source>effects</source>
        <translation>音效</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="632"/>
        <source>even at batch size {batch}; {where}</source>
        <translation>批大小降到 {batch} 仍不够；{where}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/config.py" line="52"/>
        <source>every label needs its class count</source>
        <translation>每个标签都需要类别数</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/features.py" line="127"/>
        <source>expected a batch of images, got shape {shape}</source>
        <translation>应为一批图片，实际形状为 {shape}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/frames.py" line="59"/>
        <source>face must be (R, R, 3) uint8, got shape {shape}</source>
        <translation>面孔图像必须是 (R, R, 3) uint8，当前形状为 {shape}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="304"/>
        <source>fade-in</source>
        <translation>淡入</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="305"/>
        <source>fade-out</source>
        <translation>淡出</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/features.py" line="180"/>
        <source>feature network not found: {path}</source>
        <translation>找不到特征网络：{path}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/originality.py" line="140"/>
        <source>features and filenames disagree</source>
        <translation>特征与文件名不一致</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/peak_hold.py" line="78"/>
        <source>ffmpeg could not turn the sound down under its peak limit: {detail}</source>
        <translation>ffmpeg 无法把声音降到峰值上限以下：{detail}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="452"/>
        <source>ffmpeg could not write the video: {detail}</source>
        <translation>ffmpeg 无法写入视频：{detail}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="312"/>
        <source>fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/talking.py" line="204"/>
        <source>fitting talk directions needs at least 16 sample faces</source>
        <translation>拟合说话方向至少需要 16 张样本面孔</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="459"/>
        <source>frame must be ({height}, {width}, 3) uint8, got {shape} {dtype}</source>
        <translation>画面帧必须是 ({height}, {width}, 3) uint8，当前为 {shape} {dtype}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="112"/>
        <source>frame rate must be 1..120, got {fps}</source>
        <translation>帧率必须在 1 到 120 之间，当前为 {fps}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/walk.py" line="199"/>
        <source>frame rate must be positive, got {fps}</source>
        <translation>帧率必须为正数，当前为 {fps}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="300"/>
        <source>gain</source>
        <translation>增益</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/generate.py" line="129"/>
        <source>generating even one face</source>
        <translation>连一张面孔都无法生成</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clipboard.py" line="45"/>
        <source>give one track kind per clip, or none</source>
        <translation>请为每个片段给出一个轨道类型，或都不给</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="393"/>
        <source>got more frames than the {count} announced</source>
        <translation>收到的画面帧多于预告的 {count} 帧</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="409"/>
        <source>got {written} frames, {count} were announced</source>
        <translation>收到 {written} 帧，预告为 {count} 帧</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="223"/>
        <source>has no sound AIGC Studio can read</source>
        <translation>不含 AIGC Studio 能读取的声音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="228"/>
        <source>has no sound in it (its length is zero or unknown)</source>
        <translation>不含声音（时长为零或未知）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="224"/>
        <source>has no video AIGC Studio can read</source>
        <translation>不含 AIGC Studio 能读取的视频</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="229"/>
        <source>has no video in it (its length is zero or unknown)</source>
        <translation>不含视频（时长为零或未知）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/checkpoint.py" line="173"/>
        <source>have other layer sizes (generator width or labels) than it names</source>
        <translation>的层大小（生成器宽度或标签）与其声明的不同</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="482"/>
        <source>holding the {count} training images</source>
        <translation>无法容纳 {count} 张训练图片</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="59"/>
        <source>hook-problem-reveal-cta</source>
        <translation>钩子-问题-揭晓-号召</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/dataset.py" line="127"/>
        <location filename="../../aigc_studio/gan/dataset_cache.py" line="78"/>
        <source>image folder not found: {folder}</source>
        <translation>找不到图片文件夹：{folder}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="346"/>
        <source>image {name}</source>
        <translation>图片 {name}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="301"/>
        <source>in-point</source>
        <translation>入点</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/loudness.py" line="52"/>
        <source>integrated {loudness} LUFS, true peak {peak} dBTP</source>
        <translation>综合响度 {loudness} LUFS，真峰值 {peak} dBTP</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="317"/>
        <source>interpolation</source>
        <translation>插值</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="198"/>
        <source>is not an image AIGC Studio can read</source>
        <translation>不是 AIGC Studio 能读取的图片</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="200"/>
        <source>is too large to show</source>
        <translation>太大，无法显示</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="192"/>
        <source>is too large to show ({width}x{height} pixels)</source>
        <translation>太大，无法显示（{width}x{height} 像素）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/migrations.py" line="84"/>
        <source>it does not hold a project (expected a JSON object)</source>
        <translation>其中没有项目（应为 JSON 对象）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/corpus.py" line="83"/>
        <source>it has no scenes</source>
        <translation>其中没有场景</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/loudness.py" line="324"/>
        <location filename="../../aigc_studio/media/waveform.py" line="129"/>
        <source>it has no sound</source>
        <translation>没有声音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/migrations.py" line="62"/>
        <source>it has no valid schema_version, so AIGC Studio did not write it</source>
        <translation>它没有有效的 schema_version，因此不是 AIGC Studio 写入的</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/autosave.py" line="175"/>
        <source>it has no {file}</source>
        <translation>其中没有 {file}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/corpus.py" line="78"/>
        <source>it is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/migrations.py" line="71"/>
        <source>it was saved by a newer AIGC Studio (file format {version}, this version reads up to {latest})</source>
        <translation>它由更新版本的 AIGC Studio 保存（文件格式 {version}，当前版本最高只能读取 {latest}）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/checkpoint.py" line="145"/>
        <source>its metadata describes a {resolution}-pixel model with a latent size of {latent}</source>
        <translation>其元数据描述的是 {resolution} 像素、潜向量维度为 {latent} 的模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/autosave.py" line="186"/>
        <source>its original folder is not a path</source>
        <translation>其原始文件夹不是有效路径</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/migrations.py" line="65"/>
        <source>its schema_version {version} was never written by AIGC Studio</source>
        <translation>AIGC Studio 从未写入过 schema_version {version}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="128"/>
        <source>keyframe interval must be positive, got {interval}</source>
        <translation>关键帧间隔必须为正数，当前为 {interval}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="311"/>
        <source>keyframe time</source>
        <translation>关键帧时间</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="307"/>
        <source>keyframe times</source>
        <translation>关键帧时间</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/walk.py" line="167"/>
        <source>keyframe times must be non-negative seconds, got {times}</source>
        <translation>关键帧时间必须是非负的秒数，当前为 {times}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/walk.py" line="171"/>
        <source>keyframe times must not go back in time, got {times}</source>
        <translation>关键帧时间不能倒退，当前为 {times}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="288"/>
        <source>keyframe value</source>
        <translation>关键帧数值</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/labels.py" line="120"/>
        <source>labels {columns} asked for, but the folder has no {labels}</source>
        <translation>指定了标签 {columns}，但文件夹中没有 {labels}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/features.py" line="215"/>
        <source>labels.csv has no entry or column {key}</source>
        <translation>labels.csv 中没有条目或列 {key}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="365"/>
        <source>labels.csv now has more classes of {labels} than this run was started with; start a new run</source>
        <translation>labels.csv 中 {labels} 的类别数已多于本次训练开始时；请开始新的训练</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/fast_render.py" line="52"/>
        <location filename="../../aigc_studio/gan/generate.py" line="83"/>
        <source>latent has {found} values, model expects {expected}</source>
        <translation>潜向量有 {found} 个值，模型需要 {expected} 个</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/config.py" line="46"/>
        <source>latent size or generator width out of range</source>
        <translation>潜向量维度或生成器宽度超出范围</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="341"/>
        <source>latent walk</source>
        <translation>潜空间漫步</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="302"/>
        <source>latent walk classes must be whole numbers from 0, got {labels!r}</source>
        <translation>潜空间漫步的类别必须是从 0 开始的整数，实际为 {labels!r}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="293"/>
        <source>latent walk keyframes differ in length</source>
        <translation>潜空间漫步的关键帧长度不一致</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/walk.py" line="90"/>
        <source>latent walk keyframes must be finite numbers</source>
        <translation>潜空间漫步的关键帧必须是有限数值</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="326"/>
        <source>latent walk loop must be true or false, got {loop!r}</source>
        <translation>潜空间漫步的循环必须是 true 或 false，实际为 {loop!r}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/directions.py" line="253"/>
        <source>left out {labels} (the model is conditioned on it)</source>
        <translation>已略过 {labels}（模型以其为条件）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_strip.py" line="26"/>
        <source>linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="60"/>
        <source>list-of-n</source>
        <translation>盘点清单</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="399"/>
        <source>load a model before adding a walk</source>
        <translation>请先载入模型再添加漫步</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="315"/>
        <source>loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/loss_plot.py" line="88"/>
        <source>loss D</source>
        <translation>判别器损失</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/loss_plot.py" line="89"/>
        <source>loss G</source>
        <translation>生成器损失</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="176"/>
        <source>loudness envelope</source>
        <translation>响度包络</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/originality.py" line="136"/>
        <source>made by a newer AIGC Studio</source>
        <translation>由更新版本的 AIGC Studio 生成</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/char_gpt.py" line="168"/>
        <source>max_new must be &gt;= 0</source>
        <translation>max_new 必须 &gt;= 0</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/oom.py" line="61"/>
        <source>memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/command_base.py" line="100"/>
        <location filename="../../aigc_studio/project/storage.py" line="335"/>
        <source>missing field {field!r}</source>
        <translation>缺少字段 {field!r}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/checkpoint.py" line="56"/>
        <source>model file not found: {path}</source>
        <translation>找不到模型文件：{path}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/shortcuts_dialog.py" line="38"/>
        <source>mouse wheel</source>
        <translation>鼠标滚轮</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="166"/>
        <source>mouth</source>
        <translation>嘴部</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="157"/>
        <source>mouth direction</source>
        <translation>嘴部方向</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_style.py" line="105"/>
        <source>music</source>
        <translation>音乐</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="61"/>
        <source>my recording · {seconds}</source>
        <translation>我的录音 · {seconds}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/char_gpt.py" line="38"/>
        <source>n_embd {n_embd} is not divisible by n_head {n_head}</source>
        <translation>n_embd {n_embd} 不能被 n_head {n_head} 整除</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_style.py" line="104"/>
        <source>narration</source>
        <translation>旁白</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts.py" line="209"/>
        <source>narration done</source>
        <translation>配音完成</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/quality.py" line="128"/>
        <source>need at least 2 readable training images</source>
        <translation>至少需要 2 张可读取的训练图片</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="27"/>
        <source>never saved</source>
        <translation>从未保存</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/fast_render.py" line="144"/>
        <source>no ONNX twin for {layer}</source>
        <translation>{layer} 没有对应的 ONNX 实现</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/beats.py" line="68"/>
        <source>no audio file at {path}</source>
        <translation>{path} 处没有音频文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="178"/>
        <source>no checkpoint to resume in {folder} ({file})</source>
        <translation>{folder} 中没有可继续的检查点（{file}）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/relink.py" line="160"/>
        <source>no clip or scene uses the files to relink</source>
        <translation>没有片段或场景使用要重新链接的文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/command_base.py" line="40"/>
        <source>no clip with id {clip_id!r} in project {project!r}</source>
        <translation>项目 {project!r} 中没有 ID 为 {clip_id!r} 的片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/llm.py" line="255"/>
        <location filename="../../aigc_studio/script/llm.py" line="259"/>
        <source>no details</source>
        <translation>没有详细信息</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="451"/>
        <location filename="../../aigc_studio/media/mix.py" line="197"/>
        <source>no message</source>
        <translation>没有详细信息</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="406"/>
        <source>no readable images in {folder}</source>
        <translation>{folder} 中没有可读取的图片</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="402"/>
        <source>no readable images in {folder} ({skipped})</source>
        <translation>{folder} 中没有可读取的图片（{skipped}）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/labels.py" line="136"/>
        <source>no row in {labels}</source>
        <translation>{labels} 中没有对应行</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/probe.py" line="46"/>
        <source>no video file at {path}</source>
        <translation>{path} 处没有视频文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/labels.py" line="49"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="182"/>
        <source>none of the selected clips is under the playhead at {seconds:.2f} s; move the playhead over a clip to split it</source>
        <translation>选中的片段都不在播放头所在的 {seconds:.2f} 秒处；请把播放头移到片段上再分割</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/resources.py" line="26"/>
        <source>not a built-in model name: {name!r}</source>
        <translation>不是内置模型的名称：{name!r}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="286"/>
        <source>not a valid latent_walk clip: its keyframes must be a list of latent vectors</source>
        <translation>不是有效的 latent_walk 片段：其关键帧必须是潜向量列表</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/command_base.py" line="105"/>
        <source>not a valid {kind} clip ({detail})</source>
        <translation>不是有效的 {kind} 片段（{detail}）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/features.py" line="83"/>
        <source>not an AIGC Studio feature network</source>
        <translation>不是 AIGC Studio 的特征网络</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/originality.py" line="134"/>
        <source>not an AIGC Studio features index</source>
        <translation>不是 AIGC Studio 的特征索引</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/config.py" line="68"/>
        <source>not an AIGC Studio model (its metadata has no model config)</source>
        <translation>不是 AIGC Studio 模型（其元数据中没有模型配置）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/dataset.py" line="117"/>
        <source>not an image</source>
        <translation>不是图片</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="630"/>
        <source>nothing could be saved</source>
        <translation>未能保存任何内容</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/document.py" line="119"/>
        <source>nothing to redo</source>
        <translation>没有可重做的操作</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/document.py" line="111"/>
        <source>nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="403"/>
        <source>number {number} is too large</source>
        <translation>数字 {number} 太大</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/host_commands.py" line="135"/>
        <source>only a face (latent walk) clip can be a virtual host</source>
        <translation>只有面孔（潜空间漫步）片段才能作为虚拟主播</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/corpus.py" line="97"/>
        <source>only {chars:,} characters of scripts; a text model needs at least {minimum:,} (a few dozen scripts) to learn their shape</source>
        <translation>脚本只有 {chars:,} 个字符；文本模型至少需要 {minimum:,} 个字符（几十篇脚本）才能学会它们的结构</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="310"/>
        <source>opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="56"/>
        <source>out of date · {seconds}</source>
        <translation>已过期 · {seconds}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="391"/>
        <source>paste time</source>
        <translation>粘贴时间</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="421"/>
        <source>pasted item {number} is not a clip AIGC Studio knows</source>
        <translation>粘贴的第 {number} 项不是 AIGC Studio 认识的片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="309"/>
        <source>picture-in-picture size</source>
        <translation>画中画大小</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="308"/>
        <source>placement</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/quality.py" line="105"/>
        <source>precision/recall need more than {k} samples in each set</source>
        <translation>精确率/召回率要求每组样本多于 {k} 个</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/distributed.py" line="199"/>
        <source>process {rank} wants GPU {gpu}, but this machine has {count}; start at most that many per node</source>
        <translation>进程 {rank} 需要 GPU {gpu}，但本机只有 {count} 块；每个节点最多启动这么多进程</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/config.py" line="39"/>
        <source>resolution must be one of {choices}, got {resolution}</source>
        <translation>分辨率必须是 {choices} 之一，当前为 {resolution}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/beats.py" line="241"/>
        <source>samples need their sample rate</source>
        <translation>音频采样需要提供采样率</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="131"/>
        <source>scene {number}&apos;s narration</source>
        <translation>场景 {number} 的旁白</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="113"/>
        <source>seed </source>
        <translation>种子 </translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/dataset.py" line="53"/>
        <source>skipped {count} file(s): {files}</source>
        <translation>已跳过 {count} 个文件：{files}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/latent.py" line="82"/>
        <source>slider count must be 1..{most}, got {count}</source>
        <translation>滑块数量必须在 1..{most} 之间，当前为 {count}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/latent.py" line="100"/>
        <source>slider directions must be (count, latent_dim), got {shape}</source>
        <translation>滑块方向的形状必须是 (count, latent_dim)，当前为 {shape}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/latent.py" line="106"/>
        <source>slider directions must be orthonormal</source>
        <translation>滑块方向必须是标准正交的</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="255"/>
        <source>some of the clips to delete are no longer on the timeline</source>
        <translation>部分要删除的片段已不在时间线上</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/sound_settings.py" line="60"/>
        <source>sound normalise must be true or false, got {value!r}</source>
        <translation>声音标准化必须是 true 或 false，实际为 {value!r}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="344"/>
        <source>sound {name}</source>
        <translation>声音 {name}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="255"/>
        <source>soundtrack must be (n, 2) stereo samples, got {shape}</source>
        <translation>音轨必须是 (n, 2) 的立体声采样，当前为 {shape}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/tts.py" line="206"/>
        <source>speaking line {number}</source>
        <translation>正在朗读第 {number} 句台词</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="311"/>
        <source>speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="174"/>
        <source>split time</source>
        <translation>分割时间</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="90"/>
        <location filename="../../aigc_studio/project/edit_commands.py" line="130"/>
        <source>start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="336"/>
        <location filename="../../aigc_studio/ui/loss_plot.py" line="85"/>
        <source>step {step}</source>
        <translation>第 {step} 步</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/char_gpt_train.py" line="141"/>
        <source>step {step}/{steps}, loss {loss:.3f}</source>
        <translation>第 {step}/{steps} 步，损失 {loss:.3f}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/features.py" line="303"/>
        <source>step {step}/{total}  loss {loss:.3f}</source>
        <translation>第 {step}/{total} 步  损失 {loss:.3f}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="141"/>
        <source>steps and batch must be at least 1</source>
        <translation>步数和批大小至少为 1</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="62"/>
        <source>story</source>
        <translation>故事</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/formats.py" line="187"/>
        <source>the SRT file has no cues</source>
        <translation>SRT 文件中没有字幕条目</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/captions.py" line="134"/>
        <source>the caption font is missing: {path}</source>
        <translation>缺少字幕字体：{path}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="149"/>
        <source>the clip cannot be trimmed to nothing; keep part of it</source>
        <translation>片段不能被修剪为空；请保留一部分</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/char_gpt_train.py" line="102"/>
        <source>the corpus is too short to train on ({chars} characters); add more of your scripts</source>
        <translation>语料太短，无法训练（{chars} 个字符）；请添加更多你的脚本</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/char_gpt.py" line="33"/>
        <source>the corpus needs at least two distinct characters</source>
        <translation>语料至少需要包含两个不同的字符</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/guard.py" line="47"/>
        <source>the discriminator collapsed at step {step} (D loss below {floor:g} for {steps} steps, G loss averaging {mean_g:.1f})</source>
        <translation>判别器在第 {step} 步崩溃（D 损失连续 {steps} 步低于 {floor:g}，G 损失平均 {mean_g:.1f}）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="194"/>
        <source>the disk is full; free some space or choose another drive</source>
        <translation>磁盘已满；请释放空间或换一个磁盘</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="182"/>
        <source>the envelope&apos;s values per second must be 1..1000, got {fps!r}</source>
        <translation>包络每秒的取值数必须在 1 到 1000 之间，实际为 {fps!r}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="286"/>
        <source>the export&apos;s soundtrack could not be written</source>
        <translation>无法写入导出视频的音轨</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/talking.py" line="223"/>
        <source>the face has {found} latent values, the model expects {expected}</source>
        <translation>该面孔有 {found} 个潜向量值，模型需要 {expected} 个</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="177"/>
        <source>the folder {folder} does not exist</source>
        <translation>文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="628"/>
        <source>the last checkpoint in {folder} is kept</source>
        <translation>{folder} 中的最后一个检查点已保留</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="624"/>
        <source>the last good state (step {step}) is saved in {folder}</source>
        <translation>最后的正常状态（第 {step} 步）已保存在 {folder}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/guard.py" line="42"/>
        <source>the losses became NaN at step {step}</source>
        <translation>损失在第 {step} 步变成了 NaN</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/guard.py" line="43"/>
        <source>the losses became infinite at step {step}</source>
        <translation>损失在第 {step} 步变成了无穷大</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/attribute_classifier.py" line="238"/>
        <source>the model is conditioned on every label asked for ({labels}); its class box already controls them</source>
        <translation>模型已以所有指定的标签（{labels}）为条件；它的类别框已经能控制这些标签</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/timeline_render.py" line="453"/>
        <source>the model {model!r} returned images of shape {shape}, expected ({count}, R, R, 3)</source>
        <translation>模型 {model!r} 返回的图片形状为 {shape}，应为 ({count}, R, R, 3)</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/talking.py" line="179"/>
        <source>the mouth direction must be a non-zero latent vector</source>
        <translation>嘴部方向必须是非零的潜向量</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/walk.py" line="150"/>
        <source>the music needs at least two beats to set the walk&apos;s pace</source>
        <translation>音乐至少需要两个节拍才能设定漫步的节奏</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/model.py" line="209"/>
        <source>the project&apos;s {name} must be a whole number, got {value!r:.40}</source>
        <translation>项目的 {name} 必须是整数，实际为 {value!r:.40}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/sound_settings.py" line="104"/>
        <source>the project&apos;s {name} settings must be a table</source>
        <translation>项目的 {name} 设置必须是一个表</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train_quality.py" line="33"/>
        <source>the quality check needs more than {count} images</source>
        <translation>质量检查需要多于 {count} 张图片</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/envelope.py" line="45"/>
        <source>the sample rate and the envelope&apos;s rate must be positive</source>
        <translation>采样率和包络速率必须为正数</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/model.py" line="24"/>
        <source>the scene&apos;s {key} must be text, got {kind}</source>
        <translation>场景的 {key} 必须是文本，实际是 {kind}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/formats.py" line="208"/>
        <source>the script file is not valid JSON ({problem}, line {line})</source>
        <translation>脚本文件不是有效的 JSON（{problem}，第 {line} 行）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/model.py" line="26"/>
        <source>the script&apos;s {key} must be text, got {kind}</source>
        <translation>脚本的 {key} 必须是文本，实际是 {kind}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/formats.py" line="245"/>
        <source>the text has no paragraphs to turn into scenes</source>
        <translation>文本中没有可以变成场景的段落</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/model.py" line="128"/>
        <source>the timeline must be an object with tracks, got {data!r:.40}</source>
        <translation>时间线必须是带有轨道的对象，实际为 {data!r:.40}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="171"/>
        <source>the virtual host&apos;s {name} direction has {count} values, the face&apos;s latent has {size}</source>
        <translation>虚拟主播的 {name} 方向有 {count} 个值，而面孔的潜向量有 {size} 个</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/model.py" line="76"/>
        <source>the {kind} track&apos;s clips</source>
        <translation>{kind} 轨道的片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="120"/>
        <source>the {track} clip at {seconds:.1f} s</source>
        <translation>{seconds:.1f} 秒处的 {track} 片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="245"/>
        <source>there are no clips to delete</source>
        <translation>没有要删除的片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="92"/>
        <source>there are no clips to move</source>
        <translation>没有要移动的片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="390"/>
        <source>there are no clips to paste</source>
        <translation>没有要粘贴的片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/sfx.py" line="222"/>
        <source>there is no built-in sound effect called {name!r}</source>
        <translation>没有名为 {name!r} 的内置音效</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/relink.py" line="151"/>
        <source>there is no file to relink</source>
        <translation>没有要重新链接的文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/command_base.py" line="58"/>
        <location filename="../../aigc_studio/project/edit_commands.py" line="407"/>
        <location filename="../../aigc_studio/project/edit_commands.py" line="436"/>
        <source>there is no track number {number} on the timeline</source>
        <translation>时间线上没有第 {number} 条轨道</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="335"/>
        <source>there is nothing to change</source>
        <translation>没有要修改的内容</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/features.py" line="85"/>
        <source>this feature network was made by a newer AIGC Studio</source>
        <translation>该特征网络由更新版本的 AIGC Studio 生成</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/generate.py" line="141"/>
        <source>this model needs one class for each of {labels}</source>
        <translation>该模型需要为 {labels} 各指定一个类别</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/config.py" line="70"/>
        <source>this model was made by a newer AIGC Studio</source>
        <translation>该模型由更新版本的 AIGC Studio 生成</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/dataset.py" line="114"/>
        <source>too large: over Pillow&apos;s decompression-bomb limit</source>
        <translation>太大：超出了 Pillow 的解压炸弹限制</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/dataset.py" line="83"/>
        <source>too large: {width}x{height} pixels (the limit is {megapixels} megapixels and {side} px a side)</source>
        <translation>太大：{width}x{height} 像素（上限为 {megapixels} 百万像素，每边 {side} 像素）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="93"/>
        <source>track number {number} is a {kind} track</source>
        <translation>第 {number} 条轨道是 {kind} 轨道</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="572"/>
        <source>training diverged {times} times ({reason}); the last good model is in {folder}. Try a smaller learning rate or batch.</source>
        <translation>训练已发散 {times} 次（{reason}）；最后的正常模型在 {folder}。请尝试更小的学习率或批大小。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/distributed.py" line="211"/>
        <source>training on several processes needs CUDA GPUs or the CPU, not {device}</source>
        <translation>多进程训练需要 CUDA GPU 或 CPU，不支持 {device}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="313"/>
        <source>transition</source>
        <translation>转场</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="303"/>
        <source>transition length</source>
        <translation>转场时长</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="63"/>
        <source>tutorial</source>
        <translation>教程</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/config.py" line="44"/>
        <source>unknown architecture {arch!r}</source>
        <translation>未知的架构 {arch!r}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="144"/>
        <source>unknown architecture {arch!r}; use {choices}</source>
        <translation>未知的架构 {arch!r}；请使用 {choices}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="123"/>
        <source>unknown audio {audio!r}; expected &apos;pad&apos; or &apos;silent&apos;</source>
        <translation>未知的音频 {audio!r}；应为 &apos;pad&apos; 或 &apos;silent&apos;</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/augment.py" line="79"/>
        <source>unknown augmentation {name!r}; use some of {choices}</source>
        <translation>未知的数据增强 {name!r}；请从 {choices} 中选择</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/model.py" line="86"/>
        <source>unknown clip kind {kind!r:.40}</source>
        <translation>未知的片段类型 {kind!r:.40}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/device.py" line="15"/>
        <source>unknown device {name!r}; choose one of {choices}</source>
        <translation>未知的设备 {name!r}；请从 {choices} 中选择一个</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/directions.py" line="61"/>
        <source>unknown direction method {method!r}</source>
        <translation>未知的方向查找方法 {method!r}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/directions.py" line="237"/>
        <source>unknown direction method {method!r} (use one of {choices})</source>
        <translation>未知的方向查找方法 {method!r}（请使用 {choices} 之一）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="319"/>
        <source>unknown easing in {easing!r}; expected some of {choices}</source>
        <translation>{easing!r} 中有未知的缓动；应为以下几种：{choices}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/walk.py" line="50"/>
        <location filename="../../aigc_studio/gan/walk.py" line="99"/>
        <source>unknown easing {name!r}; expected one of {choices}</source>
        <translation>未知的缓动 {name!r}；应为以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/encoders.py" line="72"/>
        <source>unknown encoder {name!r}; choose one of: {encoders}</source>
        <translation>未知的编码器 {name!r}；请从以下选择：{encoders}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="85"/>
        <source>unknown fit {fit!r}; expected one of {choices}</source>
        <translation>未知的适应方式 {fit!r}；应为以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="297"/>
        <source>unknown interpolation {interpolation!r}</source>
        <translation>未知的插值方式 {interpolation!r}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/walk.py" line="105"/>
        <source>unknown interpolation {name!r}</source>
        <translation>未知的插值方式 {name!r}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/export.py" line="117"/>
        <source>unknown label position {position!r}; expected one of {positions}</source>
        <translation>未知的标识位置 {position!r}；应为以下之一：{positions}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/host_commands.py" line="93"/>
        <source>unknown picture-in-picture corner {pip!r}</source>
        <translation>未知的画中画位置 {pip!r}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="95"/>
        <source>unknown picture-in-picture corner {pip!r}; expected one of {choices} or nothing</source>
        <translation>未知的画中画位置 {pip!r}；应为 {choices} 之一或留空</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/speed.py" line="69"/>
        <source>unknown precision {precision!r}; choose one of {choices}</source>
        <translation>未知的精度 {precision!r}；请从 {choices} 中选择一个</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/presets.py" line="51"/>
        <source>unknown preset {name!r}; choose one of: {names}</source>
        <translation>未知的预设 {name!r}；请从以下选择：{names}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/presets.py" line="63"/>
        <source>unknown quality {quality!r}; choose one of: {qualities}</source>
        <translation>未知的画质 {quality!r}；请从以下选择：{qualities}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/audio.py" line="41"/>
        <source>unknown soundtrack kind {kind!r}; expected &apos;pad&apos; or &apos;silent&apos;</source>
        <translation>未知的音轨类型 {kind!r}；应为 &apos;pad&apos; 或 &apos;silent&apos;</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/model.py" line="74"/>
        <source>unknown track kind {kind!r:.40}</source>
        <translation>未知的轨道类型 {kind!r:.40}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/commands.py" line="74"/>
        <source>unknown track kind {kind!r}</source>
        <translation>未知的轨道类型 {kind!r}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="91"/>
        <source>unknown transition {transition!r}</source>
        <translation>未知的转场 {transition!r}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/model.py" line="176"/>
        <source>unsupported frame size or rate: {width}x{height} at {fps} fps</source>
        <translation>不支持的画面尺寸或帧率：{width}x{height}，{fps} fps</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/fast_render.py" line="113"/>
        <source>unsupported transposed convolution</source>
        <translation>不支持的转置卷积</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="336"/>
        <source>untrained</source>
        <translation>未训练</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/variants.py" line="27"/>
        <source>variants are numbered from 1, got {k}</source>
        <translation>版本编号从 1 开始，当前为 {k}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_style.py" line="102"/>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="348"/>
        <source>video file {name}</source>
        <translation>视频文件 {name}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="341"/>
        <source>virtual host</source>
        <translation>虚拟主播</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/char_gpt.py" line="55"/>
        <source>vocabulary characters must be distinct</source>
        <translation>词表中的字符不能重复</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/char_gpt.py" line="57"/>
        <source>vocabulary entries must be single characters</source>
        <translation>词表的每一项必须是单个字符</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/sound_settings.py" line="32"/>
        <source>voice engine must be espeak or piper, got {engine!r}</source>
        <translation>配音引擎必须是 espeak 或 piper，实际为 {engine!r}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="64"/>
        <source>voice · {seconds}</source>
        <translation>配音 · {seconds}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="314"/>
        <source>volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="561"/>
        <source>walk at {start}, keyframe {keyframe} ≈ {image} (distance {distance:.2f})</source>
        <translation>{start} 处的漫步，关键帧 {keyframe} ≈ {image}（距离 {distance:.2f}）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/edit_commands.py" line="306"/>
        <source>walk length</source>
        <translation>漫步时长</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/features.py" line="193"/>
        <source>weights missing: {names}</source>
        <translation>缺少权重：{names}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/tasks.py" line="133"/>
        <source>while training</source>
        <translation>训练时</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/encoders.py" line="108"/>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="72"/>
        <source>x264 (software)</source>
        <translation>x264（软件）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="144"/>
        <source>x264 speed</source>
        <translation>x264 速度</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="138"/>
        <source>x264&apos;s speed: slower makes a smaller file at the same quality (ultrafast gives up the High profile)</source>
        <translation>x264 编码速度：越慢，同等画质下文件越小（ultrafast 不使用 High 档次）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="196"/>
        <source>you may not write there; choose another folder</source>
        <translation>没有写入权限；请换一个文件夹</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/attribute_classifier.py" line="266"/>
        <source>{count} attribute directions</source>
        <translation>{count} 个属性方向</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="100"/>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="303"/>
        <source>{count} clip</source>
        <translation>{count} 个片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="100"/>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="303"/>
        <source>{count} clips</source>
        <translation>{count} 个片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="324"/>
        <source>{count} clips selected.</source>
        <translation>已选择 {count} 个片段。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="817"/>
        <source>{count} keyframes</source>
        <translation>{count} 个关键帧</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/walk.py" line="161"/>
        <source>{count} keyframes need {count} times, got {found}</source>
        <translation>{count} 个关键帧需要 {count} 个时间，实际有 {found} 个</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="576"/>
        <source>{count} keyframes very close to training images and may copy them: {places}. The export goes on; check them before you publish.</source>
        <translation>有 {count} 个关键帧与训练图片非常接近，可能是照搬：{places}。导出会继续；发布前请检查。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="102"/>
        <source>{count} media file</source>
        <translation>{count} 个素材文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="102"/>
        <source>{count} media files</source>
        <translation>{count} 个素材文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="167"/>
        <source>{count} media files are missing ({names}); their clips stay silent or blank until relinked.</source>
        <translation>缺少 {count} 个素材文件（{names}）；重新链接之前，相关片段将无声或空白。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="605"/>
        <source>{count} media files could not be collected because they are missing: {names}. Use Find files… to relink them, then Collect Files again.</source>
        <translation>有 {count} 个素材文件缺失，无法收集：{names}。请用“查找文件…”重新链接，然后再次收集文件。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="733"/>
        <source>{count} recovery copies could not be read and were skipped: {problem}</source>
        <translation>有 {count} 份恢复副本无法读取，已跳过：{problem}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="99"/>
        <location filename="../../aigc_studio/ui/script_panel.py" line="76"/>
        <source>{count} scene</source>
        <translation>{count} 个场景</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="99"/>
        <location filename="../../aigc_studio/ui/script_panel.py" line="76"/>
        <source>{count} scenes</source>
        <translation>{count} 个场景</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/quick/pipeline.py" line="185"/>
        <source>{count} short(s) ready</source>
        <translation>{count} 条短视频已完成</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/encoders.py" line="106"/>
        <source>{encoder} is not available on this computer; exporting with {fallback} instead</source>
        <translation>这台电脑无法使用 {encoder}，改用 {fallback} 导出</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="88"/>
        <source>{entry} (folder missing)</source>
        <translation>{entry}（文件夹不存在）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/autosave.py" line="182"/>
        <source>{file} is not a recovery description this version reads</source>
        <translation>{file} 不是当前版本能读取的恢复描述</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/autosave.py" line="178"/>
        <source>{file} is not valid JSON: {reason}</source>
        <translation>{file} 不是有效的 JSON：{reason}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="305"/>
        <source>{folder} has no {file}, so it is not an AIGC Studio project; open a folder named NAME{suffix}.</source>
        <translation>{folder} 中没有 {file}，因此不是 AIGC Studio 项目；请打开名为 NAME{suffix} 的文件夹。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/attribute_classifier.py" line="118"/>
        <location filename="../../aigc_studio/gan/attribute_classifier.py" line="228"/>
        <source>{folder} has no {labels}: attribute directions need labels</source>
        <translation>{folder} 中没有 {labels}：属性方向需要标签</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/attribute_classifier.py" line="127"/>
        <source>{folder} has too few labelled images ({count})</source>
        <translation>{folder} 中带标签的图片太少（{count} 张）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/features.py" line="263"/>
        <location filename="../../aigc_studio/gan/quality.py" line="201"/>
        <source>{folder} has too few readable images ({count})</source>
        <translation>{folder} 中可读取的图片太少（{count} 张）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="93"/>
        <source>{folder} is no longer there</source>
        <translation>{folder} 已不存在</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="298"/>
        <source>{folder} is not a project folder; open a folder named NAME{suffix}.</source>
        <translation>{folder} 不是项目文件夹；请打开名为 NAME{suffix} 的文件夹。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/eta.py" line="40"/>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} 小时 {minutes:02d} 分钟</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/jobs.py" line="81"/>
        <source>{job} failed with an unexpected error ({error}); see the log.</source>
        <translation>{job}出现意外错误（{error}），请查看日志。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/jobs.py" line="79"/>
        <source>{job} failed: {reason}.</source>
        <translation>{job}失败：{reason}。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="818"/>
        <source>{keyframes} · {duration} · {frames} frames at {fps} fps</source>
        <translation>{keyframes} · {duration} · {frames} 帧，{fps} 帧/秒</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/labels.py" line="46"/>
        <source>{labels} has no column {missing} (it has {columns})</source>
        <translation>{labels} 中没有列 {missing}（现有列：{columns}）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/labels.py" line="91"/>
        <source>{labels} line {line}: {column} is {cell!r}, not a whole-number class</source>
        <translation>{labels} 第 {line} 行：{column} 是 {cell!r}，不是整数类别</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/labels.py" line="97"/>
        <source>{labels} line {line}: {column} {value} is outside 0-{highest}</source>
        <translation>{labels} 第 {line} 行：{column} 的值 {value} 超出 0-{highest}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/labels.py" line="79"/>
        <source>{labels} line {line}: {found} values, expected {expected}</source>
        <translation>{labels} 第 {line} 行：有 {found} 个值，应为 {expected} 个</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/labels.py" line="67"/>
        <source>{labels} needs a header with &apos;{column}&apos; and labels</source>
        <translation>{labels} 需要包含“{column}”和标签列的表头</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="461"/>
        <source>{label} ({count} classes)</source>
        <translation>{label}（{count} 个类别）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/own_provider.py" line="60"/>
        <source>{message}.</source>
        <translation>{message}。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="437"/>
        <source>{message}; training on {cluster}</source>
        <translation>{message}；训练使用 {cluster}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train.py" line="515"/>
        <source>{message}; {note}</source>
        <translation>{message}；{note}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/eta.py" line="39"/>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="89"/>
        <source>{mix} → export at {lufs:.1f} LUFS, peak {peak:.1f} dBTP</source>
        <translation>{mix} → 导出为 {lufs:.1f} LUFS，峰值 {peak:.1f} dBTP</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="87"/>
        <source>{mix} → export at {lufs:.1f} LUFS, peak {peak:.1f} dBTP, peaks limited</source>
        <translation>{mix} → 导出为 {lufs:.1f} LUFS，峰值 {peak:.1f} dBTP，已限制峰值</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="85"/>
        <source>{mix} → exported as it is (normalising is off)</source>
        <translation>{mix} → 按原样导出（响度标准化已关闭）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="48"/>
        <source>{name}
seed {seed} · ψ {psi:.2f}{classes}
saved {saved}
Click to go back to this face; right-click for more</source>
        <translation>{name}
种子 {seed} · ψ {psi:.2f}{classes}
保存于 {saved}
点击回到这张面孔；右键查看更多</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="218"/>
        <source>{name} (max {limit})</source>
        <translation>{name}（上限 {limit}）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/dataset.py" line="50"/>
        <source>{name} ({reason})</source>
        <translation>{name}（{reason}）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="86"/>
        <source>{name} does not exist</source>
        <translation>{name} 不存在</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/narration.py" line="174"/>
        <source>{name} does not exist; choose the recording again.</source>
        <translation>{name} 不存在；请重新选择录音。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/warm_start.py" line="42"/>
        <source>{name} does not fit this run&apos;s generator ({key})</source>
        <translation>{name} 与本次训练的生成器不匹配（{key}）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/warm_start.py" line="55"/>
        <source>{name} does not fit this run&apos;s generator ({key}: {found} vs {expected})</source>
        <translation>{name} 与本次训练的生成器不匹配（{key}：{found} 对 {expected}）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="303"/>
        <source>{name} does not hold exactly one project folder (it holds {count} top-level entries); export the project from AIGC Studio again.</source>
        <translation>{name} 中不是恰好一个项目文件夹（顶层有 {count} 个条目）；请从 AIGC Studio 重新导出项目。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/checkpoint.py" line="150"/>
        <source>{name} does not match itself: {described}, but its weights {found}; the file was damaged or edited, so get or train the model again.</source>
        <translation>{name} 前后不一致：{described}，但它的权重{found}；文件已损坏或被修改，请重新获取或训练该模型。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/probe.py" line="157"/>
        <source>{name} has a broken MP4 box at byte {offset}</source>
        <translation>{name} 在第 {offset} 字节处有损坏的 MP4 数据块</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/char_gpt_train.py" line="206"/>
        <source>{name} has an unexpected model configuration</source>
        <translation>{name} 的模型配置与预期不符</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/char_gpt_train.py" line="224"/>
        <source>{name} has damaged text model metadata: {error}</source>
        <translation>{name} 的文本模型元数据已损坏：{error}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="99"/>
        <source>{name} has no frames to show</source>
        <translation>{name} 没有可显示的画面</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/probe.py" line="57"/>
        <source>{name} has no readable video stream</source>
        <translation>{name} 没有可读取的视频流</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="133"/>
        <source>{name} has no sound in it</source>
        <translation>{name} 里没有声音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/narration.py" line="170"/>
        <source>{name} has no sound we can read; choose another recording.</source>
        <translation>{name} 中没有可读取的声音；请选择其他录音。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/sources.py" line="241"/>
        <source>{name} has no video ffmpeg can read.</source>
        <translation>{name} 中没有 ffmpeg 能读取的视频。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="312"/>
        <source>{name} has no {file} in its folder {folder}, so it is not an AIGC Studio project.</source>
        <translation>{name} 的文件夹 {folder} 中没有 {file}，因此不是 AIGC Studio 项目。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/favourites.py" line="117"/>
        <source>{name} holds no usable latent</source>
        <translation>{name} 中没有可用的潜向量</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="272"/>
        <source>{name} holds {count} entries, more than the {limit} a project may have; it was not imported.</source>
        <translation>{name} 含有 {count} 个条目，超过了项目允许的 {limit} 个；未导入。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/favourites.py" line="114"/>
        <source>{name} is malformed: {error}</source>
        <translation>{name} 格式有误：{error}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/media/loudness.py" line="307"/>
        <source>{name} is missing or not a file.</source>
        <translation>{name} 不存在或不是文件。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/favourites.py" line="104"/>
        <source>{name} is not a favourite of this version</source>
        <translation>{name} 不是此版本的收藏</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/originality.py" line="129"/>
        <source>{name} is not a features index (bad header)</source>
        <translation>{name} 不是特征索引（文件头损坏）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/checkpoint.py" line="60"/>
        <source>{name} is not a model file (too short)</source>
        <translation>{name} 不是模型文件（太短）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="251"/>
        <source>{name} is not a readable zip file ({error}); ask for it again.</source>
        <translation>{name} 不是可读取的压缩包（{error}）；请重新索要。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="130"/>
        <source>{name} is not a sound file AIGC Studio can read</source>
        <translation>{name} 不是 AIGC Studio 能读取的声音文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/features.py" line="196"/>
        <source>{name} is not a usable feature network: {error}</source>
        <translation>{name} 不是可用的特征网络：{error}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/originality.py" line="151"/>
        <source>{name} is not a usable features index: {error}</source>
        <translation>{name} 不是可用的特征索引：{error}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train_state.py" line="134"/>
        <source>{name} is not a valid checkpoint: {error}</source>
        <translation>{name} 不是有效的检查点：{error}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/features.py" line="183"/>
        <source>{name} is not a valid feature network file (bad header)</source>
        <translation>{name} 不是有效的特征网络文件（文件头损坏）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/checkpoint.py" line="71"/>
        <source>{name} is not a valid model file (bad header)</source>
        <translation>{name} 不是有效的模型文件（文件头损坏）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/checkpoint.py" line="65"/>
        <source>{name} is not a valid model file but a PyTorch pickle (.pt, .ckpt), which AIGC Studio never opens as it can run code; ask for a .safetensors file.</source>
        <translation>{name} 不是有效的模型文件，而是 PyTorch pickle 文件（.pt、.ckpt）；这类文件可能执行代码，AIGC Studio 从不打开它们，请索要 .safetensors 文件。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="407"/>
        <source>{name} is not a valid number</source>
        <translation>{name} 不是有效的数字</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/checkpoint.py" line="85"/>
        <location filename="../../aigc_studio/gan/checkpoint.py" line="114"/>
        <location filename="../../aigc_studio/gan/directions.py" line="273"/>
        <source>{name} is not a valid safetensors file: {error}</source>
        <translation>{name} 不是有效的 safetensors 文件：{error}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/char_gpt_train.py" line="190"/>
        <source>{name} is not a valid text model file: {error}</source>
        <translation>{name} 不是有效的文本模型文件：{error}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="95"/>
        <source>{name} is not a video AIGC Studio can read</source>
        <translation>{name} 不是 AIGC Studio 能读取的视频</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/checkpoint.py" line="91"/>
        <source>{name} is not an AIGC Studio model (no config in metadata)</source>
        <translation>{name} 不是 AIGC Studio 模型（元数据中没有配置）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/char_gpt_train.py" line="194"/>
        <source>{name} is not an AIGC Studio text model (no metadata)</source>
        <translation>{name} 不是 AIGC Studio 的文本模型（没有元数据）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train_state.py" line="138"/>
        <source>{name} is not an AIGC Studio training checkpoint</source>
        <translation>{name} 不是 AIGC Studio 的训练检查点</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="121"/>
        <source>{name} is not an image AIGC Studio can read</source>
        <translation>{name} 不是 AIGC Studio 能读取的图片</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="84"/>
        <source>{name} is not an image, video or sound file</source>
        <translation>{name} 不是图片、视频或声音文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="111"/>
        <source>{name} is too large ({width}x{height})</source>
        <translation>{name} 太大（{width}x{height}）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/sound_settings.py" line="111"/>
        <source>{name} must be a number, got {value!r}</source>
        <translation>{name} 必须是数字，实际为 {value!r}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/sound_settings.py" line="116"/>
        <source>{name} must be between {low:g} and {high:g}, got {value:g}</source>
        <translation>{name} 必须在 {low:g} 到 {high:g} 之间，实际为 {value:g}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/clips.py" line="550"/>
        <source>{name} value</source>
        <translation>{name}数值</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/originality.py" line="197"/>
        <source>{name} was made with another feature network</source>
        <translation>{name} 是用另一个特征网络生成的</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/train_state.py" line="142"/>
        <location filename="../../aigc_studio/script/char_gpt_train.py" line="200"/>
        <source>{name} was written by a newer AIGC Studio</source>
        <translation>{name} 是由更新版本的 AIGC Studio 保存的</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="280"/>
        <source>{name} would unpack to {size} bytes, more than the limit of {limit}; it was not imported.</source>
        <translation>{name} 解压后有 {size} 字节，超过了 {limit} 的上限；未导入。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="339"/>
        <source>{name} · {size} px · {trained}</source>
        <translation>{name} · {size} px · {trained}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="28"/>
        <source>{name} — autosaved {when} ({where})</source>
        <translation>{name} — 自动保存于 {when}（{where}）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="135"/>
        <source>{name}: double-click to rename, right-click for more</source>
        <translation>{name}：双击重命名，右键查看更多</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/script/char_gpt_train.py" line="212"/>
        <source>{name}: vocabulary has {chars} characters, the model expects {expected}</source>
        <translation>{name}：词表有 {chars} 个字符，而模型需要 {expected} 个</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/checkpoint.py" line="123"/>
        <source>{name}: weights do not match the {arch} architecture in its config</source>
        <translation>{name}：权重与其配置中的 {arch} 架构不匹配</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/checkpoint.py" line="96"/>
        <source>{name}: {error}</source>
        <translation>{name}：{error}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="235"/>
        <source>{outcome}: {steps:,} steps. Validation loss {loss:.2f} (a model that ignores context scores {baseline:.2f}; lower is better). The “My text model” writer now uses {file}.</source>
        <translation>{outcome}：{steps:,} 步。验证损失 {loss:.2f}（不看上下文的模型得分为 {baseline:.2f}；越低越好）。“我的文本模型”写作现在使用 {file}。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="327"/>
        <source>{path} cannot be opened: {error}; restore the project from a backup.</source>
        <translation>{path} 无法打开：{error}；请从备份恢复项目。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="314"/>
        <source>{path} does not hold a project; restore it from a backup.</source>
        <translation>{path} 中没有项目；请从备份恢复。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="340"/>
        <source>{path} has a bad value ({detail}); fix it or restore the project from a backup.</source>
        <translation>{path} 中有错误的值（{detail}）；请修正，或从备份恢复项目。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="446"/>
        <source>{path} has two clips with the id {clip_id!r}; remove or rename one of them.</source>
        <translation>{path} 中有两个 ID 为 {clip_id!r} 的片段；请删除或重命名其中一个。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="107"/>
        <source>{path} is a folder; choose a file name ending in .zip.</source>
        <translation>{path} 是文件夹；请选择以 .zip 结尾的文件名。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="174"/>
        <source>{path} is a symlink to a folder, so it was left out.</source>
        <translation>{path} 是指向文件夹的符号链接，已略过。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="167"/>
        <location filename="../../aigc_studio/project/archive.py" line="182"/>
        <source>{path} is a symlink, so it was left out.</source>
        <translation>{path} 是符号链接，已略过。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="159"/>
        <source>{path} is a symlink, so the project cannot be shared as it is; save the project again with Save As.</source>
        <translation>{path} 是符号链接，项目无法按原样分享；请用“另存为”重新保存项目。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="363"/>
        <source>{path} is larger than {limit} MB, far more than any project needs, so it was not opened; restore it from a backup.</source>
        <translation>{path} 超过 {limit} MB，远超任何项目所需，因此未打开；请从备份恢复。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="189"/>
        <source>{path} is not a plain file, so it was left out.</source>
        <translation>{path} 不是普通文件，已略过。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="427"/>
        <source>{path} is not a readable project file (byte {byte} is not UTF-8 text); restore it from a backup.</source>
        <translation>{path} 不是可读取的项目文件（第 {byte} 个字节不是 UTF-8 文本）；请从备份恢复。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="434"/>
        <source>{path} is not a readable project file ({error}); restore it from a backup.</source>
        <translation>{path} 不是可读取的项目文件（{error}）；请从备份恢复。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="420"/>
        <source>{path} is not valid JSON (line {line}, column {column}); restore it from a backup or fix it in a text editor.</source>
        <translation>{path} 不是有效的 JSON（第 {line} 行，第 {column} 列）；请从备份恢复，或用文本编辑器修正。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/archive.py" line="112"/>
        <source>{path} is outside the project folder, so it is not in the zip; save the project to copy it in, then export again.</source>
        <translation>{path} 在项目文件夹之外，因此不在压缩包中；请先保存项目把它复制进来，再重新导出。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="411"/>
        <source>{path} nests its data more than {depth} levels deep, so AIGC Studio did not write it; restore the project from a backup.</source>
        <translation>{path} 的数据嵌套超过 {depth} 层，不是 AIGC Studio 写入的；请从备份恢复项目。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="65"/>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="106"/>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="123"/>
        <source>{percent}% B</source>
        <translation>{percent}% B</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="156"/>
        <source>{problem}{used_by}.</source>
        <translation>{problem}{used_by}。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/gan/distributed.py" line="87"/>
        <source>{processes} processes ({backend}), batch {batch} per process, {images} images per step</source>
        <translation>{processes} 个进程（{backend}），每个进程批大小 {batch}，每步 {images} 张图片</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="89"/>
        <source>{quality} (CRF {crf})</source>
        <translation>{quality}（CRF {crf}）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="469"/>
        <source>{ref!r} does not name a built-in model; pick the clip&apos;s model again.</source>
        <translation>{ref!r} 不是内置模型的名称；请重新为片段选择模型。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/storage.py" line="498"/>
        <source>{ref} is not a .safetensors model; pick a model file.</source>
        <translation>{ref} 不是 .safetensors 模型；请选择模型文件。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="687"/>
        <source>{relinked} Not found in {folder}:</source>
        <translation>{relinked}在 {folder} 中未找到：</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="689"/>
        <source>{relinked} {count} still missing.</source>
        <translation>{relinked}仍缺少 {count} 个。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="273"/>
        <source>{scenes} · total {total} of {limit}</source>
        <translation>{scenes} · 共 {total} / {limit}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/check.py" line="98"/>
        <source>{scenes}, {clips}, {seconds:.1f} s, {media}</source>
        <translation>{scenes}，{clips}，{seconds:.1f} 秒，{media}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/eta.py" line="36"/>
        <source>{seconds:.0f} s</source>
        <translation>{seconds:.0f} 秒</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="193"/>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_strip.py" line="176"/>
        <source>{seconds}s</source>
        <translation>{seconds}秒</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="186"/>
        <location filename="../../aigc_studio/ui/project_files.py" line="206"/>
        <source>{sentence} Your changes are still open here.</source>
        <translation>{sentence}你的更改仍保留在这里。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="95"/>
        <source>{size} px</source>
        <translation>{size} px</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="364"/>
        <source>{status} · cancelling…</source>
        <translation>{status} · 正在取消…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="822"/>
        <source>{summary} · add at least two keyframes to make a walk</source>
        <translation>{summary} · 至少添加两个关键帧才能组成漫步</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="659"/>
        <source>{tempo:.0f} BPM · </source>
        <translation>{tempo:.0f} BPM · </translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="327"/>
        <source>{track}: {clip}, {start} – {end}</source>
        <translation>{track}：{clip}，{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/project/model.py" line="199"/>
        <source>{what} must be a list, got {type}</source>
        <translation>{what} 必须是列表，实际为 {type}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="447"/>
        <source>{width}×{height} · {fps} fps · H.264 + AAC · {duration}</source>
        <translation>{width}×{height} · {fps} 帧/秒 · H.264 + AAC · {duration}</translation>
    </message>
</context>
</TS>
