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
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="165"/>
        <source> Left out: {files}.</source>
        <translation> 已跳过：{files}。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="177"/>
        <source> characters a line</source>
        <translation> 字符/行</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="125"/>
        <source> fps</source>
        <translation> 帧/秒</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="67"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="117"/>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="118"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="249"/>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="181"/>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="827"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="542"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="400"/>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="217"/>
        <source> · about {time} left</source>
        <translation> · 约剩 {time}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="45"/>
        <source> · classes {classes}</source>
        <translation> · 类别 {classes}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_paint.py" line="90"/>
        <location filename="../../aigc_studio/ui/timeline_paint.py" line="96"/>
        <source> · loop</source>
        <translation> · 循环</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="188"/>
        <source> · up to {minutes} min</source>
        <translation> · 最长 {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="86"/>
        <source> · {count} not narrated</source>
        <translation> · {count} 个未配音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="83"/>
        <source> · {count} out of date</source>
        <translation> · {count} 个已过期</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="80"/>
        <source> · {count} recorded</source>
        <translation> · {count} 个为录音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="390"/>
        <source> · {duration} left</source>
        <translation> · 剩余 {duration}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="273"/>
        <source> · {excess} too long</source>
        <translation> · 超出 {excess}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="388"/>
        <source> · {rate:.0f} img/s</source>
        <translation> · {rate:.0f} 张/秒</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="26"/>
        <source>%d %b %H:%M</source>
        <translation>%m月%d日 %H:%M</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="294"/>
        <source>&amp;About AIGC Studio</source>
        <translation>关于 AIGC Studio(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="100"/>
        <source>&amp;Clear List</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="239"/>
        <source>&amp;Collect Files</source>
        <translation>收集文件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="255"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="210"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="288"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/language_menu.py" line="37"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="212"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="223"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="249"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="259"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="232"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="268"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="256"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="274"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="290"/>
        <source>&amp;Welcome</source>
        <translation>欢迎(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="209"/>
        <source>+ Keyframe</source>
        <translation>+ 关键帧</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="238"/>
        <source>0% invisible, 100% covers the tracks below</source>
        <translation>0% 不可见，100% 完全遮住下面的轨道</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="800"/>
        <source>1 keyframe</source>
        <translation>1 个关键帧</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="568"/>
        <source>1 keyframe very close to training images and may copy them: {places}. The export goes on; check it before you publish.</source>
        <translation>有 1 个关键帧与训练图片非常接近，可能是照搬：{places}。导出会继续；发布前请检查。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="533"/>
        <source>1 media file could not be collected because it is missing: {names}. Use Find files… to relink it, then Collect Files again.</source>
        <translation>有 1 个素材文件缺失，无法收集：{names}。请用“查找文件…”重新链接，然后再次收集文件。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="153"/>
        <source>1 media file is missing ({names}); its clips stay silent or blank until relinked.</source>
        <translation>缺少 1 个素材文件（{names}）；重新链接之前，相关片段将无声或空白。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="664"/>
        <source>1 recovery copy could not be read and was skipped: {problem}</source>
        <translation>有 1 份恢复副本无法读取，已跳过：{problem}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="70"/>
        <source>60-second short</source>
        <translation>60 秒短视频</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="558"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="53"/>
        <source>&lt;b&gt;AIGC Studio did not close properly last time.&lt;/b&gt;&lt;br&gt;These projects had changes that were not saved. Restore one to continue where you left off; Save then writes it to its project folder.</source>
        <translation>&lt;b&gt;AIGC Studio 上次没有正常关闭。&lt;/b&gt;&lt;br&gt;这些项目有未保存的更改。恢复一个即可从上次中断的地方继续；之后保存会写入它的项目文件夹。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="94"/>
        <source>A bigger model learns more but takes longer without a GPU</source>
        <translation>模型越大学得越多，但没有 GPU 时训练更久</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="241"/>
        <source>A conditional model: Explore lets you choose each label&apos;s class</source>
        <translation>条件模型：在“探索”中可为每个标签选择类别</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="205"/>
        <source>A draft renders faster at half the width and height</source>
        <translation>草稿以一半的宽高渲染，速度更快</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="127"/>
        <source>A face from a seed</source>
        <translation>由种子生成的面孔</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="117"/>
        <source>A face from the model speaks the narration: its mouth follows the voice&apos;s loudness, it blinks and sways a little.</source>
        <translation>由模型生成的面孔来念旁白：嘴型跟随声音响度，还会眨眼和轻微摆动。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="315"/>
        <source>A face model is a .safetensors file; choose one with Browse….</source>
        <translation>面孔模型是 .safetensors 文件；请用“浏览…”选择。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="224"/>
        <source>A face that speaks the narration (数字人): over the whole frame or in a corner</source>
        <translation>念旁白的面孔（数字人）：占满画面或放在角落</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="171"/>
        <source>A face that speaks the narration, full frame or in a corner (undoable)</source>
        <translation>一张会念旁白的面孔，全屏或在角落（可撤销）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="148"/>
        <source>A hardware encoder is faster; the list shows the ones that work on this computer</source>
        <translation>硬件编码器更快；列表中是本机可用的编码器</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="193"/>
        <source>A healthy run keeps both losses bounded; neither should reach 0.</source>
        <translation>训练正常时两条损失都保持在一定范围内，都不应降到 0。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="41"/>
        <source>A vertical MP4 for Douyin, TikTok, Shorts, Reels or Bilibili, at the loudness platforms expect.</source>
        <translation>导出适合抖音、TikTok、Shorts、Reels 或哔哩哔哩的竖屏 MP4，响度符合平台标准。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="214"/>
        <source>A visible “AI生成 / AI-generated” mark in a corner and a statement in the file&apos;s metadata, as platforms and the rules on AI-generated content ask</source>
        <translation>按平台和 AI 生成内容标识规定，在角落显示“AI生成 / AI-generated”标记，并在文件元数据中写入声明</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="159"/>
        <source>AAC stereo at 48 kHz</source>
        <translation>AAC 立体声，48 kHz</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="227"/>
        <source>AI label</source>
        <translation>AI 标识</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/about.py" line="25"/>
        <source>AIGC Studio is released under the MIT licence.</source>
        <translation>AIGC Studio 以 MIT 许可证发布。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="488"/>
        <source>AIGC Studio project</source>
        <translation>AIGC Studio 项目</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/about.py" line="45"/>
        <source>About AIGC Studio</source>
        <translation>关于 AIGC Studio</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="170"/>
        <source>Add a scene at the end of the script</source>
        <translation>在脚本末尾添加一个场景</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="784"/>
        <source>Add as new clip</source>
        <translation>添加为新片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="166"/>
        <source>Add host</source>
        <translation>添加主播</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="125"/>
        <source>Add images, video or sound at the playhead (sound goes on the music track; the arrow puts it on narration or effects)</source>
        <translation>在播放头处添加图片、视频或声音（声音放到音乐轨；点箭头可放到旁白轨或音效轨）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="151"/>
        <source>Add keyframe</source>
        <translation>添加关键帧</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="172"/>
        <source>Add more scripts: {reason}.</source>
        <translation>请添加更多脚本：{reason}。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="170"/>
        <source>Add scene</source>
        <translation>添加场景</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="72"/>
        <source>Add script files to learn from</source>
        <translation>添加用于学习的脚本文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="72"/>
        <source>Add scripts…</source>
        <translation>添加脚本…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="209"/>
        <source>Add the face in the preview as the next keyframe of the walk</source>
        <translation>把预览中的面孔添加为漫步的下一个关键帧</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="151"/>
        <source>Add the face in the preview as the walk&apos;s next keyframe</source>
        <translation>把预览中的面孔添加为漫步的下一个关键帧</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="233"/>
        <source>Add the walk as a new clip on the video track</source>
        <translation>把漫步作为新片段添加到视频轨道</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="233"/>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="784"/>
        <source>Add to timeline</source>
        <translation>添加到时间线</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="108"/>
        <source>Add virtual host</source>
        <translation>添加虚拟主播</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="170"/>
        <source>Add virtual host…</source>
        <translation>添加虚拟主播…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="139"/>
        <source>Add your scripts</source>
        <translation>添加你的脚本</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="519"/>
        <source>Added a {length:g} s walk at {time}</source>
        <translation>已在 {time} 添加 {length:g} 秒的漫步</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="107"/>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="206"/>
        <source>After the last keyframe walk back to the first, so the clip repeats seamlessly</source>
        <translation>最后一个关键帧之后走回第一个，让片段无缝循环</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="36"/>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="531"/>
        <source>All media is inside the project folder.</source>
        <translation>所有素材都已在项目文件夹中。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="202"/>
        <source>All segments</source>
        <translation>全部分段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="80"/>
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
        <location filename="../../aigc_studio/ui/train_panel.py" line="116"/>
        <source>Architecture</source>
        <translation>网络结构</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="241"/>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="36"/>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="161"/>
        <source>Audio bitrate</source>
        <translation>音频码率</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="187"/>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="250"/>
        <source>Auto (1 s in)</source>
        <translation>自动（第 1 秒）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="70"/>
        <source>Auto (hardware when available)</source>
        <translation>自动（可用时使用硬件）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="644"/>
        <source>Autosave could not write a recovery copy ({reason}); save the project to keep your changes.</source>
        <translation>自动保存无法写入恢复副本（{reason}）；请保存项目以保留更改。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="268"/>
        <source>Back to 0</source>
        <translation>归零</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="120"/>
        <source>Back to generated voice</source>
        <translation>改回生成配音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="122"/>
        <source>Back to the model&apos;s names, order and ranges, all shown</source>
        <translation>恢复模型自带的名称、顺序和范围，并全部显示</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="98"/>
        <source>Back: undo “{move}” ({keys})</source>
        <translation>后退：撤销“{move}”（{keys}）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="91"/>
        <source>Batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="239"/>
        <source>Beside the MP4: a frame of the video with the project&apos;s name on it, for the platform&apos;s cover picker</source>
        <translation>保存在 MP4 旁边：视频中的一帧，叠加项目名称，供平台选封面使用</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="230"/>
        <source>Beside the MP4: the captions as SRT, and a title, description and hashtags from the script for the upload form</source>
        <translation>保存在 MP4 旁边：SRT 格式的字幕，以及根据脚本生成的标题、简介和话题标签，方便发布时填写</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="67"/>
        <source>Big yellow (variety show)</source>
        <translation>大号黄字（综艺风）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="81"/>
        <source>Bilibili</source>
        <translation>哔哩哔哩</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="191"/>
        <source>Blend</source>
        <translation>混合</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="766"/>
        <source>Blend {percent}% with face B</source>
        <translation>与面孔 B 混合 {percent}%</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="72"/>
        <location filename="../../aigc_studio/ui/export_panel.py" line="100"/>
        <source>Bottom left</source>
        <translation>左下角</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="73"/>
        <location filename="../../aigc_studio/ui/export_panel.py" line="101"/>
        <source>Bottom right</source>
        <translation>右下角</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="143"/>
        <source>Bring the mix to the loudness target on export; platforms turn loud videos down and leave quiet ones quiet</source>
        <translation>导出时把混音调整到目标响度；平台会调低过响的视频，但不会调高过轻的视频</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/widgets.py" line="70"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/about.py" line="75"/>
        <source>Built with PySide6 {version}.</source>
        <translation>基于 PySide6 {version} 构建。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="48"/>
        <source>Built-in structures (instant, offline)</source>
        <translation>内置结构（即时、离线）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="130"/>
        <source>Built-in structures work instantly and offline; a local LLM server or your own text model write in their own words</source>
        <translation>内置结构即时生成且离线可用；本地 LLM 服务或你自己的文本模型会用自己的话来写</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="132"/>
        <source>CRF</source>
        <translation>CRF</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="284"/>
        <location filename="../../aigc_studio/ui/script_narration.py" line="179"/>
        <location filename="../../aigc_studio/ui/script_writer.py" line="230"/>
        <location filename="../../aigc_studio/ui/train_panel.py" line="140"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="425"/>
        <source>Cancelled before training started.</source>
        <translation>训练开始前已取消。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="221"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="360"/>
        <source>Cancelling training: saving a checkpoint…</source>
        <translation>正在取消训练：保存检查点…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="534"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="833"/>
        <source>Cannot add this face to the walk: {error}</source>
        <translation>无法把这张面孔加入漫步：{error}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="363"/>
        <source>Cannot create the folder {folder} ({reason}); choose another place to save.</source>
        <translation>无法创建文件夹 {folder}（{reason}）；请换个保存位置。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="849"/>
        <source>Cannot edit this walk: {error}</source>
        <translation>无法编辑这段漫步：{error}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="265"/>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="402"/>
        <location filename="../../aigc_studio/ui/main_window.py" line="438"/>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="694"/>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="506"/>
        <source>Cannot save project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="605"/>
        <source>Cannot search for the missing files</source>
        <translation>无法查找缺失的文件</translation>
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
        <location filename="../../aigc_studio/ui/timeline_style.py" line="67"/>
        <source>Captions</source>
        <translation>字幕</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="226"/>
        <source>Captions go on the timeline at their scene&apos;s time; after Generate narration they follow the speech.</source>
        <translation>字幕按所属场景的时间放到时间线上；生成配音后，字幕会跟随语音。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="633"/>
        <source>Change class</source>
        <translation>更改类别</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="254"/>
        <source>Checking encoders</source>
        <translation>检测编码器</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="252"/>
        <source>Checking for hardware encoders…</source>
        <translation>正在检测硬件编码器…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/preview.py" line="472"/>
        <source>Checking the face against training images</source>
        <translation>将面孔与训练图片比对</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="184"/>
        <source>Children</source>
        <translation>子代</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="209"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="285"/>
        <source>Choose a face model</source>
        <translation>选择面孔模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="206"/>
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
        <location filename="../../aigc_studio/ui/export_panel.py" line="182"/>
        <source>Choose the output file</source>
        <translation>选择输出文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="307"/>
        <source>Choose where to save the video (Save as).</source>
        <translation>请选择视频的保存位置（保存为）。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="227"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="361"/>
        <source>Class {number}</source>
        <translation>类别 {number}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="119"/>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="153"/>
        <source>Click to evolve this child; right-click for more</source>
        <translation>点击以继续进化这个子代；右键查看更多</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="136"/>
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
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="261"/>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="119"/>
        <location filename="../../aigc_studio/ui/welcome.py" line="103"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="119"/>
        <source>Close this window</source>
        <translation>关闭此窗口</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="261"/>
        <source>Close this window (stops a running short)</source>
        <translation>关闭此窗口（会停止正在生成的短视频）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="187"/>
        <source>Colour the words as they are spoken</source>
        <translation>念到哪个字，哪个字变色</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="127"/>
        <source>Constant quality: 18 looks lossless, 23 is x264&apos;s default; each step of 6 about halves the file</source>
        <translation>恒定质量：18 看起来近乎无损，23 是 x264 的默认值；每增加 6，文件约减小一半</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/about.py" line="15"/>
        <source>Contains images from Cartoon Set (https://google.github.io/cartoonset/) by Google LLC, licensed under CC BY 4.0. Images were cropped, downscaled to 64x64 and re-encoded.</source>
        <translation>包含来自 Google LLC 的 Cartoon Set（https://google.github.io/cartoonset/）的图片，依据 CC BY 4.0 许可使用。图片经过裁剪、缩小到 64x64 并重新编码。</translation>
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
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="159"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="159"/>
        <source>Copy the selected clips (Ctrl+C)</source>
        <translation>复制所选片段（Ctrl+C）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="453"/>
        <source>Could not copy the sample project: {reason}</source>
        <translation>无法复制示例项目：{reason}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="722"/>
        <source>Could not delete the recovery copy {folder} ({reason}).</source>
        <translation>无法删除恢复副本 {folder}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="194"/>
        <source>Could not open {folder}: {reason}.</source>
        <translation>无法打开 {folder}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="749"/>
        <source>Could not read {name}: {error}</source>
        <translation>无法读取 {name}：{error}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="140"/>
        <source>Could not remove {name}: {error}</source>
        <translation>无法移除 {name}：{error}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="192"/>
        <source>Could not restore {folder}: {reason}.</source>
        <translation>无法恢复 {folder}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="796"/>
        <source>Could not save the favourite: {error}</source>
        <translation>无法保存收藏：{error}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="190"/>
        <source>Could not save the project to {folder}: {reason}.</source>
        <translation>无法将项目保存到 {folder}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="256"/>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="238"/>
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
        <location filename="../../aigc_studio/ui/export_panel.py" line="190"/>
        <location filename="../../aigc_studio/ui/export_panel.py" line="197"/>
        <source>Custom (see Advanced)</source>
        <translation>自定义（见高级）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="64"/>
        <source>Cut</source>
        <translation>硬切</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="109"/>
        <source>DCGAN (paper)</source>
        <translation>DCGAN（论文原版）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="57"/>
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
        <location filename="../../aigc_studio/ui/walk_editor.py" line="154"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="147"/>
        <location filename="../../aigc_studio/ui/timeline_view.py" line="381"/>
        <source>Delete clip</source>
        <translation>删除片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="72"/>
        <source>Delete this recovery copy; the project folder is kept</source>
        <translation>删除这份恢复副本；项目文件夹会保留</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_edit.py" line="103"/>
        <source>Delete {count} clips</source>
        <translation>删除 {count} 个片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="104"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="50"/>
        <source>Direction {number}</source>
        <translation>方向 {number}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="71"/>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/loss_plot.py" line="26"/>
        <source>Discriminator (violet) and generator (orange) loss per logged step</source>
        <translation>每个记录步的判别器（紫色）和生成器（橙色）损失</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="408"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="586"/>
        <source>Done! Your short is ready: {path}</source>
        <translation>完成！你的短视频已生成：{path}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="160"/>
        <source>Double-click a cell to edit it</source>
        <translation>双击单元格即可编辑</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="240"/>
        <source>Double-click a name to rename it; right-click for more.</source>
        <translation>双击名称可重命名；右键查看更多。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="77"/>
        <location filename="../../aigc_studio/ui/script_panel.py" line="70"/>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="71"/>
        <source>Draft (half size)</source>
        <translation>草稿（一半尺寸）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="69"/>
        <source>Drag clips to move them and their edges to trim; S splits at the playhead, Delete removes, Shift+Delete closes the gap. Space plays; J, K and L step back, stop and play. Double-click a walk to edit it.</source>
        <translation>拖动片段可移动，拖动边缘可裁剪；S 在播放头处拆分，Delete 删除，Shift+Delete 删除并合拢空隙。空格键播放；J、K、L 分别后退、停止、播放。双击漫步可编辑。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_view.py" line="76"/>
        <source>Drag clips to move them, their edges to trim; click the ruler to move the playhead. S splits, Delete removes, Shift+Delete closes the gap, Ctrl+C/X/V copy, cut and paste; hold Alt while dragging to turn snapping off.</source>
        <translation>拖动片段可移动，拖动边缘可裁剪；点击标尺可移动播放头。S 拆分，Delete 删除，Shift+Delete 删除并合拢空隙，Ctrl+C/X/V 复制、剪切和粘贴；拖动时按住 Alt 可关闭吸附。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="25"/>
        <source>Drag the sliders and watch the face change; keep faces and turn them into latent walks.</source>
        <translation>拖动滑块，实时看到面孔变化；收藏面孔，把它们做成潜空间漫步。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="145"/>
        <source>Drag to change the face live; right-click for slider options</source>
        <translation>拖动可实时改变面孔；右键打开滑块选项</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_view.py" line="83"/>
        <source>Drag to move or trim (Alt: no snapping), S split, Delete remove, Shift+Delete ripple delete, Ctrl+wheel zoom; double-click a walk to edit it</source>
        <translation>拖动以移动或裁剪（Alt：不吸附），S 拆分，Delete 删除，Shift+Delete 波纹删除，Ctrl+滚轮缩放；双击漫步可编辑</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/preview_player.py" line="125"/>
        <source>Drag to scrub through the timeline</source>
        <translation>拖动以在时间线上快速浏览</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="61"/>
        <source>Drag towards B to blend the current face with face B</source>
        <translation>向 B 拖动，把当前面孔与面孔 B 混合</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="121"/>
        <source>Drop the selected scene&apos;s recording; the next Generate narration speaks it</source>
        <translation>移除所选场景的录音；下次生成配音时会为它配音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="209"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="64"/>
        <source>Duration s</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="68"/>
        <source>Ease in (speed up)</source>
        <translation>缓入（逐渐加速）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="67"/>
        <source>Ease in and out</source>
        <translation>缓入缓出</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="69"/>
        <source>Ease out (slow down)</source>
        <translation>缓出（逐渐减速）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="214"/>
        <source>Easing</source>
        <translation>缓动</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="163"/>
        <location filename="../../aigc_studio/ui/timeline_view.py" line="378"/>
        <source>Edit in Explore</source>
        <translation>在探索中编辑</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="335"/>
        <source>Editing the walk at {time}</source>
        <translation>正在编辑 {time} 处的漫步</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="793"/>
        <source>Editing the walk at {time} on the timeline</source>
        <translation>正在编辑时间线上 {time} 处的漫步</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_style.py" line="70"/>
        <source>Effects</source>
        <translation>音效</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_canvas.py" line="60"/>
        <source>Empty timeline: add a walk in Explore, write scenes in Script, or import media</source>
        <translation>时间线是空的：在“探索”中添加漫步、在“脚本”中写场景，或导入媒体</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="155"/>
        <source>Encoder</source>
        <translation>编码器</translation>
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
        <location filename="../../aigc_studio/ui/explore_panel.py" line="148"/>
        <location filename="../../aigc_studio/ui/main_window.py" line="88"/>
        <source>Explore</source>
        <translation>探索</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="137"/>
        <source>Explore direction {number}</source>
        <translation>探索方向 {number}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="24"/>
        <source>Explore faces</source>
        <translation>探索面孔</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="88"/>
        <source>Explore faces with sliders and build latent walks</source>
        <translation>用滑块探索面孔，制作潜空间漫步</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="145"/>
        <source>Explore the model this run trained</source>
        <translation>探索本次训练得到的模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="168"/>
        <location filename="../../aigc_studio/ui/export_panel.py" line="281"/>
        <location filename="../../aigc_studio/ui/export_panel.py" line="522"/>
        <location filename="../../aigc_studio/ui/main_window.py" line="91"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="40"/>
        <source>Export a short</source>
        <translation>导出短视频</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="597"/>
        <source>Export cancelled; no file was written.</source>
        <translation>已取消导出；没有写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="480"/>
        <source>Export video</source>
        <translation>导出视频</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="517"/>
        <source>Exporting {duration} of video…</source>
        <translation>正在导出 {duration} 的视频…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="544"/>
        <source>Exporting… {step}</source>
        <translation>正在导出… {step}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="149"/>
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
        <location filename="../../aigc_studio/ui/explore_blend.py" line="87"/>
        <source>Face B can also come from a grid or the favourites: right-click a face there and choose “Use as face B”. Each blend you let go of is one step back.</source>
        <translation>面孔 B 也可以来自网格或收藏：在那里右键点击面孔，选择“用作面孔 B”。每次松开混合滑块都记为可后退的一步。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="728"/>
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
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="287"/>
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
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="84"/>
        <source>Favourites</source>
        <translation>收藏</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="84"/>
        <source>Favourites you keep with ★ appear here. Click one to go back to it.</source>
        <translation>用 ★ 收藏的面孔会显示在这里。点击即可回到那张面孔。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="182"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="59"/>
        <source>Fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="149"/>
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
        <location filename="../../aigc_studio/ui/project_files.py" line="133"/>
        <source>Find files…</source>
        <translation>查找文件…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="586"/>
        <source>Find missing files</source>
        <translation>查找缺失文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="573"/>
        <source>Find the missing media files in…</source>
        <translation>在此文件夹中查找缺失的素材…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="605"/>
        <source>Finding beats</source>
        <translation>查找节拍</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="604"/>
        <source>Finding the beats of {name}…</source>
        <translation>正在查找 {name} 的节拍…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/preview.py" line="381"/>
        <source>Finding the model&apos;s latent directions</source>
        <translation>查找模型的潜空间方向</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="216"/>
        <source>Finding the mouth in the model&apos;s faces…</source>
        <translation>正在模型的面孔中寻找嘴部…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="122"/>
        <source>Fine-tune the shipped face model instead of starting from noise: a few hundred face-like images give good faces far sooner. Uses its 64 px size and width.</source>
        <translation>在自带的面孔模型上微调，而不是从噪声开始：几百张类似面孔的图片就能更快得到好看的面孔。使用它的 64 px 尺寸和网络宽度。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="59"/>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="180"/>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="226"/>
        <source>Fit: the whole picture; Fill: crop to the frame; Ken Burns: fill and zoom</source>
        <translation>适应：显示完整画面；填充：裁剪到画框；Ken Burns 推拉：填充并缓慢放大</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="135"/>
        <source>Fitted to the face (recommended)</source>
        <translation>按这张面孔拟合（推荐）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="81"/>
        <source>Folder of PNG / JPEG images</source>
        <translation>PNG / JPEG 图片所在文件夹</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="210"/>
        <source>Folder of training images</source>
        <translation>训练图片文件夹</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="210"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="101"/>
        <source>Forward ▶</source>
        <translation>前进 ▶</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="106"/>
        <source>Forward: redo “{move}” ({keys})</source>
        <translation>前进：重做“{move}”（{keys}）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="118"/>
        <source>Frame height (even)</source>
        <translation>画面高度（偶数）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="126"/>
        <source>Frame rate</source>
        <translation>帧率</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="124"/>
        <source>Frame size</source>
        <translation>画面尺寸</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="111"/>
        <source>Frame size, rate, quality, encoder and audio bitrate</source>
        <translation>画面尺寸、帧率、画质、编码器和音频码率</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="117"/>
        <source>Frame width (even)</source>
        <translation>画面宽度（偶数）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/preview_player.py" line="282"/>
        <source>Frames dropped in this playback: {count}</source>
        <translation>本次播放丢帧数：{count}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="125"/>
        <source>Frames per second</source>
        <translation>每秒帧数</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="224"/>
        <source>Framing</source>
        <translation>画面适配</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="68"/>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="107"/>
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
        <location filename="../../aigc_studio/ui/export_panel.py" line="71"/>
        <source>Full quality</source>
        <translation>完整画质</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="249"/>
        <source>Gain</source>
        <translation>增益</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="35"/>
        <source>Generate narration</source>
        <translation>生成配音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="90"/>
        <source>Go</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="817"/>
        <source>Go back to a favourite</source>
        <translation>回到收藏的面孔</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="124"/>
        <source>Go back to this face</source>
        <translation>回到这张面孔</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="167"/>
        <source>Go on with this run on the CPU: slower, but it has the memory the GPU lacked</source>
        <translation>改用 CPU 继续本次训练：速度较慢，但内存够用</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="265"/>
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
        <location filename="../../aigc_studio/ui/project_files.py" line="136"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="264"/>
        <source>Hide this slider</source>
        <translation>隐藏此滑块</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="89"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="199"/>
        <source>Higher quality makes a larger file</source>
        <translation>画质越高，文件越大</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="143"/>
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
        <location filename="../../aigc_studio/ui/host_dialog.py" line="148"/>
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
        <location filename="../../aigc_studio/ui/script_writer.py" line="118"/>
        <source>How long the short should be</source>
        <translation>短视频的目标时长</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="182"/>
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
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="70"/>
        <source>How often unsaved changes are kept as a recovery copy (your project file is not touched)</source>
        <translation>每隔多久把未保存的修改存为恢复副本（不会改动你的项目文件）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="241"/>
        <source>How the clip enters</source>
        <translation>片段如何入场</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="196"/>
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
        <location filename="../../aigc_studio/ui/train_panel.py" line="83"/>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="96"/>
        <source>Images are centre-cropped and resized to this</source>
        <translation>图片会居中裁剪并缩放到这个尺寸</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="90"/>
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
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="121"/>
        <source>Import media…</source>
        <translation>导入媒体…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="133"/>
        <source>Import narration…</source>
        <translation>导入旁白…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="134"/>
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
        <location filename="../../aigc_studio/ui/explore_panel.py" line="465"/>
        <source>In the quality metric&apos;s feature space this face is closer to a training image than {threshold:.2f}, nearer than 99% of the training images are to each other. Check it against the original before you publish.</source>
        <translation>在质量指标的特征空间中，这张面孔与某张训练图片的距离小于 {threshold:.2f}，比 99% 的训练图片彼此之间还要接近。发布前请与原图对比确认。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="173"/>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="173"/>
        <source>Insert a blank scene above the selected one</source>
        <translation>在所选场景上方插入一个空白场景</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="80"/>
        <source>Instagram Reels</source>
        <translation>Instagram Reels</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="133"/>
        <source>Integrated loudness (ITU-R BS.1770) and true peak of the timeline&apos;s mix, and what the exported file will measure</source>
        <translation>时间线混音的整体响度（ITU-R BS.1770）和真峰值，以及导出文件的测量值</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="193"/>
        <source>Join the scene with the one after it</source>
        <translation>将该场景与下一个场景合并</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="186"/>
        <source>Karaoke</source>
        <translation>卡拉 OK</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="76"/>
        <source>Keep a recovery copy every</source>
        <translation>恢复副本间隔</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="190"/>
        <source>Keep at least one slider shown.</source>
        <translation>至少保留一个显示的滑块。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="74"/>
        <source>Keep the copies and ask again at the next start</source>
        <translation>保留副本，下次启动时再询问</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="81"/>
        <source>Keep the face on screen as face B, then explore on</source>
        <translation>把屏幕上的面孔设为面孔 B，然后继续探索</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="113"/>
        <source>Keep this face in your favourites (a PNG plus its latent)</source>
        <translation>收藏这张面孔（PNG 图片及其潜向量）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="59"/>
        <source>Ken Burns</source>
        <translation>Ken Burns 推拉</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="800"/>
        <source>Kept {name} in your favourites</source>
        <translation>已将 {name} 加入收藏</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="839"/>
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
        <location filename="../../aigc_studio/ui/export_panel.py" line="213"/>
        <source>Label as AI-generated</source>
        <translation>标注为 AI 生成</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="83"/>
        <source>Landscape 16:9</source>
        <translation>横屏 16:9</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="176"/>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="54"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="272"/>
        <source>Language, theme, recovery copies and voices</source>
        <translation>语言、主题、恢复副本和语音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="86"/>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="131"/>
        <source>Latent walk</source>
        <translation>潜空间漫步</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="71"/>
        <source>Latents are standard normal: ±3 covers almost every face.</source>
        <translation>潜向量服从标准正态分布：±3 几乎涵盖所有面孔。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="73"/>
        <source>Later</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="182"/>
        <source>Latest samples</source>
        <translation>最新样本</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="238"/>
        <source>Learn the classes in {file} ({names})</source>
        <translation>学习 {file} 中的类别（{names}）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="185"/>
        <source>Learning from {scripts} scripts ({chars:,} characters).</source>
        <translation>正在学习 {scripts} 个脚本（{chars:,} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="74"/>
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
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="57"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="64"/>
        <source>Line</source>
        <translation>台词</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="66"/>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="186"/>
        <source>Linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="94"/>
        <source>Listening to the narration…</source>
        <translation>正在分析旁白…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="145"/>
        <source>Load into Explore</source>
        <translation>载入到探索</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="311"/>
        <source>Load model</source>
        <translation>载入模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="129"/>
        <source>Load model…</source>
        <translation>载入模型…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="341"/>
        <source>Loaded model {name}</source>
        <translation>已载入模型 {name}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="325"/>
        <source>Loading images…</source>
        <translation>正在载入图片…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="66"/>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="305"/>
        <source>Loading model…</source>
        <translation>正在载入模型…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="174"/>
        <source>Loading the default face model…</source>
        <translation>正在加载默认面孔模型…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/preview.py" line="347"/>
        <source>Loading {name}</source>
        <translation>加载 {name}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="306"/>
        <source>Loading {name}…</source>
        <translation>正在载入 {name}…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="49"/>
        <source>Local LLM server</source>
        <translation>本地 LLM 服务</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="179"/>
        <source>Longest caption line in Latin characters (a Chinese character counts two); 0 keeps the style&apos;s own</source>
        <translation>字幕每行最多多少个拉丁字符（一个汉字算两个）；0 表示使用样式自带的行长</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="581"/>
        <source>Looking for {count} missing file(s) in {folder}…</source>
        <translation>正在 {folder} 中查找 {count} 个缺失的文件…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="252"/>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="204"/>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="188"/>
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
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="144"/>
        <source>Lower for more typical faces, higher for bolder ones</source>
        <translation>调低得到更常见的面孔，调高得到更夸张的面孔</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="480"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="294"/>
        <source>MP4 video</source>
        <translation>MP4 视频</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="410"/>
        <source>Made 1 video in {time}:</source>
        <translation>用时 {time}，生成了 1 个视频：</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="410"/>
        <source>Made {count} videos in {time}:</source>
        <translation>用时 {time}，生成了 {count} 个视频：</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="200"/>
        <source>Make a latent walk from keyframe faces, time and preview it, put it on the timeline</source>
        <translation>用关键帧面孔制作潜空间漫步，调整时间并预览，再放到时间线上</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="97"/>
        <source>Make a short from an idea…</source>
        <translation>用一个想法生成短视频…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="255"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="377"/>
        <source>Make my short</source>
        <translation>生成短视频</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="371"/>
        <source>Making “{topic}”…</source>
        <translation>正在制作“{topic}”…</translation>
    </message>
    <message>
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
        <location filename="../../aigc_studio/ui/script_panel.py" line="193"/>
        <source>Merge with next</source>
        <translation>与下一个合并</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="56"/>
        <source>Mix face A with face B: left is A, right is B. The latents are mixed spherically, so faces in between stay sharp.</source>
        <translation>混合面孔 A 与面孔 B：左端为 A，右端为 B。潜向量按球面插值混合，中间的面孔同样清晰。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="199"/>
        <source>Mix the current face with a second face B</source>
        <translation>把当前面孔与另一张面孔 B 混合</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="81"/>
        <source>Mix: {lufs:.1f} LUFS, peak {peak:.1f} dBTP</source>
        <translation>混音：{lufs:.1f} LUFS，峰值 {peak:.1f} dBTP</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/player.py" line="350"/>
        <source>Mixing the preview&apos;s sound</source>
        <translation>混合预览声音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="97"/>
        <source>Model size</source>
        <translation>模型大小</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="311"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="90"/>
        <source>More steps learn more; 2,000 take a few minutes on a CPU</source>
        <translation>步数越多学得越多；2,000 步在 CPU 上需要几分钟</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="152"/>
        <source>Mouth direction</source>
        <translation>嘴部方向</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="255"/>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="153"/>
        <source>Mouth strength</source>
        <translation>嘴部幅度</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="119"/>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="261"/>
        <location filename="../../aigc_studio/ui/script_panel.py" line="181"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="196"/>
        <source>Move the face along the model&apos;s directions</source>
        <translation>沿模型的方向改变面孔</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="141"/>
        <source>Move the face along “{name}” ({low:g} to {high:g})</source>
        <translation>沿“{name}”改变面孔（{low:g} 到 {high:g}）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="178"/>
        <source>Move the selected scene one place earlier</source>
        <translation>将所选场景前移一位</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="181"/>
        <source>Move the selected scene one place later</source>
        <translation>将所选场景后移一位</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="117"/>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="259"/>
        <location filename="../../aigc_studio/ui/script_panel.py" line="178"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="597"/>
        <source>Move {slider}</source>
        <translation>调整 {slider}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_style.py" line="69"/>
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
        <location filename="../../aigc_studio/ui/explore_grid.py" line="161"/>
        <source>Mutation</source>
        <translation>变异</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="50"/>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="72"/>
        <source>My text model</source>
        <translation>我的文本模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="107"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="99"/>
        <source>Name the directions after what they do to the face, hide the ones you do not use, and order them. Saved for this model file.</source>
        <translation>按各方向对面孔的作用为它们命名，隐藏不用的方向并排好顺序。设置会为这个模型文件保存。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="183"/>
        <location filename="../../aigc_studio/ui/script_panel.py" line="64"/>
        <location filename="../../aigc_studio/ui/timeline_style.py" line="68"/>
        <source>Narration</source>
        <translation>旁白</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="227"/>
        <source>Narration cancelled; the script is unchanged</source>
        <translation>已取消配音；脚本未改动</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/about.py" line="34"/>
        <source>Narration voice: eSpeak NG, GNU GPL v3 or later (source: https://github.com/espeak-ng/espeak-ng), loaded as a separate library from the espeakng-loader package. ONNX Runtime (MIT) runs Piper voices you add.</source>
        <translation>旁白语音：eSpeak NG，GNU GPL v3 或更高版本（源代码：https://github.com/espeak-ng/espeak-ng），作为独立的库从 espeakng-loader 包加载。你添加的 Piper 语音由 ONNX Runtime（MIT）运行。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="74"/>
        <source>Narration: {count} scene, {seconds:.1f} s</source>
        <translation>配音：{count} 个场景，{seconds:.1f} 秒</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="76"/>
        <source>Narration: {count} scenes, {seconds:.1f} s</source>
        <translation>配音：{count} 个场景，{seconds:.1f} 秒</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="106"/>
        <source>Network width</source>
        <translation>网络宽度</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="105"/>
        <source>Network width; smaller trains faster</source>
        <translation>网络宽度；越小训练越快</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="216"/>
        <source>New Short from &amp;Idea…</source>
        <translation>从创意生成短视频(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="182"/>
        <source>New children</source>
        <translation>新的子代</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="140"/>
        <source>New faces</source>
        <translation>新的面孔</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="386"/>
        <source>New project</source>
        <translation>新项目</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="142"/>
        <source>New short from idea</source>
        <translation>从创意生成短视频</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="229"/>
        <source>New walk</source>
        <translation>新建漫步</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/preview_player.py" line="119"/>
        <source>Next frame</source>
        <translation>下一帧</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="620"/>
        <source>No beats found in {name}</source>
        <translation>在 {name} 中未找到节拍</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_edit.py" line="89"/>
        <source>No clip is under the playhead to split</source>
        <translation>播放头下没有可拆分的片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="267"/>
        <source>No hardware encoder works here; x264 encodes</source>
        <translation>本机没有可用的硬件编码器；使用 x264 编码</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_strip.py" line="149"/>
        <source>No keyframes yet: find a face and press Add keyframe</source>
        <translation>还没有关键帧：找到一张面孔后点击“添加关键帧”</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="375"/>
        <source>No model</source>
        <translation>没有模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="70"/>
        <source>No narration yet</source>
        <translation>尚无配音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="51"/>
        <source>No narration yet: Generate narration speaks this line</source>
        <translation>尚无配音：点击“生成配音”为这句台词配音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="97"/>
        <source>No recent projects</source>
        <translation>没有最近的项目</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/preview_player.py" line="130"/>
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
        <location filename="../../aigc_studio/ui/script_writer.py" line="196"/>
        <source>No text model yet: train one with “Train my text model…” or choose a file in Settings…</source>
        <translation>还没有文本模型：请用“训练我的文本模型…”训练一个，或在“设置…”中选择文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="245"/>
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
        <location filename="../../aigc_studio/ui/train_panel.py" line="158"/>
        <source>Not started.</source>
        <translation>尚未开始。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="92"/>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="251"/>
        <source>Nothing selected.</source>
        <translation>未选择任何内容。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="499"/>
        <source>Nothing to export yet: add a walk in Explore or scenes in Script.</source>
        <translation>还没有可导出的内容：请在“探索”中添加漫步，或在“脚本”中添加分镜。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="52"/>
        <source>Nothing to go to ({keys})</source>
        <translation>没有可前往的步骤（{keys}）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="66"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="53"/>
        <source>Ollama: http://127.0.0.1:11434 · llama.cpp server: http://127.0.0.1:8080 · LM Studio: http://127.0.0.1:1234</source>
        <translation>Ollama：http://127.0.0.1:11434 · llama.cpp 服务：http://127.0.0.1:8080 · LM Studio：http://127.0.0.1:1234</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="645"/>
        <source>On the beats of {name}: {tempo}{beats} beats</source>
        <translation>对齐 {name} 的节拍：{tempo}{beats} 拍</translation>
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
        <location filename="../../aigc_studio/ui/project_files.py" line="70"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="245"/>
        <source>Open Sample Project</source>
        <translation>打开示例项目</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="129"/>
        <source>Open a .safetensors model file</source>
        <translation>打开 .safetensors 模型文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="85"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="248"/>
        <source>Open on the timeline</source>
        <translation>在时间线中打开</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="394"/>
        <source>Open project (a .aigcproj folder)</source>
        <translation>打开项目（.aigcproj 文件夹）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="479"/>
        <source>Open the folder holding this video</source>
        <translation>打开此视频所在的文件夹</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="248"/>
        <source>Open variant 1&apos;s project in the studio to edit it</source>
        <translation>在工作室中打开版本 1 的项目进行编辑</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="406"/>
        <source>Opened {folder}</source>
        <translation>已打开 {folder}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="88"/>
        <source>Optimiser steps; 2000 is a quick run</source>
        <translation>优化步数；2000 步可快速试训</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="69"/>
        <source>Outlined, near the top</source>
        <translation>描边字，靠近顶部</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="175"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="245"/>
        <source>Own sound</source>
        <translation>原声</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="160"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="160"/>
        <source>Paste at the playhead (Ctrl+V)</source>
        <translation>粘贴到播放头处（Ctrl+V）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="211"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="143"/>
        <location filename="../../aigc_studio/ui/train_panel.py" line="275"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/preview_player.py" line="175"/>
        <source>Pause (Space)</source>
        <translation>暂停（空格）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="49"/>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="115"/>
        <source>Pick
face B</source>
        <translation>选择
面孔 B</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="710"/>
        <source>Pick a child</source>
        <translation>选择子代</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="134"/>
        <source>Pick a folder to look for the missing files in</source>
        <translation>选择一个文件夹，在其中查找缺失的文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="126"/>
        <source>Pick a new random seed and jump to its face</source>
        <translation>随机选一个新种子并跳到它的面孔</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="710"/>
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
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="88"/>
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
        <location filename="../../aigc_studio/ui/host_dialog.py" line="151"/>
        <source>Placement</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="203"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/preview_player.py" line="118"/>
        <location filename="../../aigc_studio/ui/preview_player.py" line="188"/>
        <source>Play (Space)</source>
        <translation>播放（空格）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="222"/>
        <source>Play the walk here at the video&apos;s frame rate</source>
        <translation>按视频帧率在此播放漫步</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="278"/>
        <source>Playing scene {number}&apos;s line ({seconds})</source>
        <translation>正在播放场景 {number} 的台词（{seconds}）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="193"/>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="142"/>
        <location filename="../../aigc_studio/ui/script_voice.py" line="262"/>
        <source>Preview line</source>
        <translation>试听台词</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/preview_player.py" line="117"/>
        <source>Previous frame</source>
        <translation>上一帧</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="85"/>
        <source>Put Piper voices (.onnx + .onnx.json) here</source>
        <translation>把 Piper 语音（.onnx 和 .onnx.json）放在这里</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="248"/>
        <source>Put a {file} (filename + whole-number class columns) in the image folder to train a model that draws a chosen class</source>
        <translation>在图片文件夹中放入 {file}（文件名 + 整数类别列），即可训练能按指定类别生成的模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="161"/>
        <source>Put the keyframes on the beats of a piece of music</source>
        <translation>把关键帧对齐到一段音乐的节拍上</translation>
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
        <location filename="../../aigc_studio/ui/export_panel.py" line="201"/>
        <source>Quality</source>
        <translation>画质</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="126"/>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="572"/>
        <source>Random face</source>
        <translation>随机面孔</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="183"/>
        <source>Random faces</source>
        <translation>随机面孔</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="64"/>
        <source>Range of “{name}”</source>
        <translation>“{name}”的范围</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="123"/>
        <source>Rate</source>
        <translation>语速</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="164"/>
        <source>Re-open the selected latent walk in Explore to change it</source>
        <translation>在探索中重新打开所选潜空间漫步进行修改</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_view.py" line="379"/>
        <source>Re-open this walk&apos;s keyframes in Explore to change them</source>
        <translation>在探索中重新打开这段漫步的关键帧进行修改</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/preview.py" line="402"/>
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
        <location filename="../../aigc_studio/ui/export_panel.py" line="294"/>
        <source>Ready to export.</source>
        <translation>可以导出了。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="239"/>
        <source>Recording for scene {number}</source>
        <translation>场景 {number} 的录音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="49"/>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="101"/>
        <source>Redo the last explorer move</source>
        <translation>重做探索中的上一步</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="615"/>
        <source>Relinked 1 file.</source>
        <translation>已重新链接 1 个文件。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="617"/>
        <source>Relinked {count} files.</source>
        <translation>已重新链接 {count} 个文件。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="74"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="131"/>
        <source>Remove from favourites</source>
        <translation>从收藏中移除</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="175"/>
        <source>Remove scene</source>
        <translation>删除场景</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="148"/>
        <source>Remove the selected clips (Delete; undoable)</source>
        <translation>删除所选片段（Delete；可撤销）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="155"/>
        <source>Remove the selected clips and close the gap (Shift+Delete)</source>
        <translation>删除所选片段并合拢空隙（Shift+Delete）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="154"/>
        <source>Remove the selected keyframe (Delete key)</source>
        <translation>删除所选关键帧（Delete 键）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="175"/>
        <source>Remove the selected scenes (undoable)</source>
        <translation>删除所选场景（可撤销）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="147"/>
        <source>Removed favourite {name}</source>
        <translation>已移除收藏 {name}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="378"/>
        <source>Removed {scenes}</source>
        <translation>已删除 {scenes}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="242"/>
        <source>Rename, hide, reorder and set the range of the sliders</source>
        <translation>重命名、隐藏、排序滑块并设置其范围</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="257"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="91"/>
        <source>Render a vertical MP4</source>
        <translation>渲染竖屏 MP4</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="281"/>
        <source>Render the project to the MP4 file</source>
        <translation>将项目渲染为 MP4 文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="169"/>
        <source>Render the timeline to a vertical MP4 ready for short-video platforms. You can keep editing while it renders.</source>
        <translation>将时间线渲染为竖屏 MP4，可直接发布到短视频平台。渲染时可以继续编辑。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/preview.py" line="443"/>
        <source>Rendering the grid of faces</source>
        <translation>渲染面孔网格</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/player.py" line="312"/>
        <location filename="../../aigc_studio/engine/preview.py" line="460"/>
        <source>Rendering the preview</source>
        <translation>渲染预览</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="207"/>
        <source>Repeat the file to fill the clip</source>
        <translation>重复文件以填满片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="252"/>
        <source>Repeat the sound to fill the clip</source>
        <translation>重复声音以填满片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="72"/>
        <source>Replace the scenes with a script on the topic (undoable)</source>
        <translation>用该主题的脚本替换现有场景（可撤销）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="237"/>
        <source>Replace the timeline clip with this walk (undoable)</source>
        <translation>用这段漫步替换时间线上的片段（可撤销）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="121"/>
        <source>Reset all</source>
        <translation>全部重置</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="97"/>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="69"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="710"/>
        <source>Restored the unsaved changes of {name}; Save to keep them in a new project.</source>
        <translation>已恢复“{name}”未保存的更改；请保存为新项目以保留它们。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="706"/>
        <source>Restored the unsaved changes of {name}; Save to keep them in {folder}.</source>
        <translation>已恢复“{name}”未保存的更改；请保存，以写入 {folder}。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="275"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="154"/>
        <source>Ripple delete</source>
        <translation>波纹删除</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="87"/>
        <location filename="../../aigc_studio/ui/train_panel.py" line="256"/>
        <source>Run folder</source>
        <translation>训练输出文件夹</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="64"/>
        <source>SFX</source>
        <translation>音效</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="113"/>
        <source>Same seed, same script; another seed, other phrasings</source>
        <translation>种子相同，脚本相同；换个种子，换种说法</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="214"/>
        <source>Same seed, same short; another seed, other faces and words</source>
        <translation>种子相同，成片相同；换个种子，面孔和文案都会变</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="183"/>
        <source>Samples appear after the first step</source>
        <translation>第一步之后显示样本</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="237"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="230"/>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="486"/>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="373"/>
        <source>Save the changes to “{name}” first?</source>
        <translation>先保存对“{name}”的更改吗？</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="100"/>
        <source>Save the model as</source>
        <translation>模型保存为</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="294"/>
        <source>Save the short as</source>
        <translation>短视频另存为</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="150"/>
        <source>Save the text model as</source>
        <translation>文本模型保存为</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="242"/>
        <source>Save, copying media from elsewhere on disk into the project&apos;s assets folder</source>
        <translation>保存，并把磁盘其他位置的素材复制到项目的素材文件夹</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="512"/>
        <source>Saved {folder}</source>
        <translation>已保存到 {folder}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="390"/>
        <source>Scene moved to place {place}</source>
        <translation>场景已移到第 {place} 位</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="361"/>
        <source>Scene {number} added: type its line</source>
        <translation>已添加场景 {number}：请输入台词</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="278"/>
        <source>Scene {number} goes back to the generated voice: Generate narration to speak it</source>
        <translation>场景 {number} 已改回生成配音：点击“生成配音”为它配音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="368"/>
        <source>Scene {number} inserted</source>
        <translation>已插入场景 {number}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="414"/>
        <source>Scene {number} split in two</source>
        <translation>场景 {number} 已一分为二</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="260"/>
        <source>Scene {number} uses your recording ({seconds:.1f} s)</source>
        <translation>场景 {number} 使用你的录音（{seconds:.1f} 秒）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="33"/>
        <source>Scenes with shots, lines and sound effects, written for you from a topic, then voiced and captioned.</source>
        <translation>输入话题，自动写出含镜头、台词和音效的分镜，再配音、配字幕。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="425"/>
        <source>Scenes {first} and {second} merged</source>
        <translation>场景 {first} 和 {second} 已合并</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="89"/>
        <location filename="../../aigc_studio/ui/script_panel.py" line="131"/>
        <source>Script</source>
        <translation>脚本</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="139"/>
        <source>Scripts</source>
        <translation>脚本</translation>
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
        <location filename="../../aigc_studio/ui/main_window.py" line="90"/>
        <source>See and edit the clips of your video</source>
        <translation>查看和剪辑视频片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="120"/>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="150"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="215"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="582"/>
        <source>Seed {seed}</source>
        <translation>种子 {seed}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="167"/>
        <source>Select a clip to see and change its properties.</source>
        <translation>选择一个片段以查看和修改其属性。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="420"/>
        <source>Select a scene that has one after it to merge</source>
        <translation>请选择一个后面还有场景的场景来合并</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="273"/>
        <source>Select a scene that uses your recording</source>
        <translation>请选择一个使用了你的录音的场景</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="375"/>
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
        <location filename="../../aigc_studio/ui/script_panel.py" line="395"/>
        <source>Select the scene to split</source>
        <translation>请选择要拆分的场景</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="235"/>
        <location filename="../../aigc_studio/ui/script_narration.py" line="251"/>
        <source>Select the scene your recording is for</source>
        <translation>请选择录音对应的场景</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="258"/>
        <source>Set range…</source>
        <translation>设置范围…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="43"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="140"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="76"/>
        <source>Setup</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="219"/>
        <source>Several versions to compare (A/B testing), made in turn</source>
        <translation>生成多个版本对比（A/B 测试），依次制作</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="64"/>
        <source>Shot</source>
        <translation>画面</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="107"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="271"/>
        <source>Show hidden slider</source>
        <translation>显示隐藏的滑块</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="127"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="479"/>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="254"/>
        <source>Shows the line: {line}</source>
        <translation>显示台词：{line}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="182"/>
        <source>Sixteen other mutations of this face</source>
        <translation>这张面孔的另外十六个变体</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="140"/>
        <source>Sixteen other random faces</source>
        <translation>另外十六张随机面孔</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="137"/>
        <source>Sixteen random faces. Click one to make it the current face.</source>
        <translation>十六张随机面孔。点击一张即设为当前面孔。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="197"/>
        <source>Sixteen random faces: click one to start from it</source>
        <translation>十六张随机面孔：点击一张从它开始</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="198"/>
        <source>Sixteen small mutations of the current face: click one to evolve it</source>
        <translation>当前面孔的十六个小变体：点击一张继续进化</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="208"/>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="64"/>
        <source>Slide in</source>
        <translation>滑入</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="92"/>
        <source>Slider settings</source>
        <translation>滑块设置</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="242"/>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="280"/>
        <source>Slider settings…</source>
        <translation>滑块设置…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="182"/>
        <source>Sliders</source>
        <translation>滑块</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="89"/>
        <source>Small</source>
        <translation>小文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="154"/>
        <source>Small random mutations of the current face. Click the one you like best: it becomes the current face and has children of its own.</source>
        <translation>当前面孔的小幅随机变体。点击你最喜欢的一张：它会成为当前面孔，并繁衍自己的子代。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="68"/>
        <source>Small, with a soft shadow</source>
        <translation>小字，柔和阴影</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="108"/>
        <source>Small-data recipe</source>
        <translation>小数据配方</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="92"/>
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
        <location filename="../../aigc_studio/ui/walk_editor.py" line="157"/>
        <source>Space evenly</source>
        <translation>均匀分布</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="39"/>
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
        <location filename="../../aigc_studio/ui/script_narration.py" line="189"/>
        <source>Speaking the script&apos;s lines…</source>
        <translation>正在为脚本台词配音…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="240"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="185"/>
        <source>Spherical (slerp)</source>
        <translation>球面（slerp）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="188"/>
        <source>Spherical keeps faces in between as sharp as the keyframes; linear cuts across</source>
        <translation>球面插值让中间的面孔与关键帧一样清晰；线性插值走直线</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="185"/>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="143"/>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="143"/>
        <source>Split at the playhead (S)</source>
        <translation>在播放头处拆分（S）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="186"/>
        <source>Split the scene after the sentence the cursor is in (or its first one)</source>
        <translation>在光标所在句子（或第一句）之后拆分场景</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="63"/>
        <source>Spoken by the project&apos;s voice</source>
        <translation>由项目的声音配音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="157"/>
        <source>Spread the keyframes evenly over the clip</source>
        <translation>把关键帧均匀分布在片段上</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="82"/>
        <source>Square 1:1</source>
        <translation>方形 1:1</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="89"/>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="93"/>
        <source>Standard: slower on a CPU, writes better</source>
        <translation>标准：CPU 上较慢，文笔更好</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="214"/>
        <location filename="../../aigc_studio/ui/train_panel.py" line="128"/>
        <source>Start</source>
        <translation>起点</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="78"/>
        <source>Start at beat</source>
        <translation>起始拍</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="120"/>
        <source>Start from the default face model</source>
        <translation>从默认面孔模型开始</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="105"/>
        <source>Start from this face</source>
        <translation>从这张面孔开始</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="136"/>
        <source>Start training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="114"/>
        <source>Start training on these scripts</source>
        <translation>开始用这些脚本训练</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="103"/>
        <source>Start with the sample project</source>
        <translation>从示例项目开始</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="373"/>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="400"/>
        <source>Step {step} quality: KID {kid:.3f} · precision {precision:.2f} · recall {recall:.2f}</source>
        <translation>第 {step} 步质量：KID {kid:.3f} · 精确率 {precision:.2f} · 召回率 {recall:.2f}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="381"/>
        <source>Step {step}/{total} · loss D {loss_d:.3f} · loss G {loss_g:.3f}</source>
        <translation>第 {step}/{total} 步 · 判别器损失 {loss_d:.3f} · 生成器损失 {loss_g:.3f}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="89"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="258"/>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="116"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="140"/>
        <source>Stop after this step and save a checkpoint</source>
        <translation>在这一步之后停止并保存检查点</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="229"/>
        <source>Stop editing this clip and start an empty walk</source>
        <translation>停止编辑此片段，新建一段空白漫步</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="116"/>
        <source>Stop now and keep what was learned so far</source>
        <translation>立即停止并保留目前学到的内容</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="258"/>
        <source>Stop now; no unfinished video is left behind</source>
        <translation>立即停止；不会留下未完成的视频</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="284"/>
        <source>Stop the export; no file is left behind</source>
        <translation>停止导出；不会留下任何文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="180"/>
        <source>Stop the voice; the script stays as it is</source>
        <translation>停止配音；脚本保持不变</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="231"/>
        <source>Stop the writer; the scenes stay as they are</source>
        <translation>停止写作；场景保持不变</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="437"/>
        <source>Stopped before the short was finished; no unfinished video was kept.</source>
        <translation>短视频完成前已停止；未保留未完成的视频。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="227"/>
        <source>Stopped early and saved</source>
        <translation>已提前停止并保存</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="443"/>
        <source>Stopped. {finished} of {variants} videos were finished before the stop and are kept:</source>
        <translation>已停止。{variants} 个视频中有 {finished} 个在停止前完成，已保留：</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="203"/>
        <source>Stopping after this step; what was learned is kept…</source>
        <translation>本步结束后停止；已学到的内容会保留…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="387"/>
        <source>Stopping at the next step…</source>
        <translation>将在下一步停止…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="759"/>
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
        <location filename="../../aigc_studio/ui/walk_editor.py" line="161"/>
        <source>Sync to beats…</source>
        <translation>对齐节拍…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/language_menu.py" line="25"/>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="51"/>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="57"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="64"/>
        <source>Teach a small face model your own style: choose a folder of images, start, and watch the samples improve. Cancel keeps the last checkpoint.</source>
        <translation>让小型面孔模型学会你的风格：选择图片文件夹，开始训练，看着样本逐渐变好。取消时会保留最近的检查点。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="145"/>
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
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="152"/>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="97"/>
        <source>Text models</source>
        <translation>文本模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="736"/>
        <source>That clip is no longer on the timeline</source>
        <translation>该片段已不在时间线上</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="806"/>
        <source>That favourite belongs to another model</source>
        <translation>这个收藏属于另一个模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="410"/>
        <source>That line has one sentence: there is nothing to split</source>
        <translation>这句台词只有一句话：无法拆分</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="140"/>
        <source>The LLM server&apos;s address and model, your text model</source>
        <translation>LLM 服务的地址和模型，以及你的文本模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="228"/>
        <source>The MP4 to write; the project is saved beside it</source>
        <translation>要写入的 MP4；项目保存在它旁边</translation>
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
        <location filename="../../aigc_studio/ui/clip_properties.py" line="220"/>
        <source>The caption&apos;s words (applied on leaving the box, or Ctrl+Enter)</source>
        <translation>字幕文字（离开输入框或按 Ctrl+Enter 时生效）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="115"/>
        <source>The captions use characters the caption font does not have; they would show as empty boxes: {characters}. Replace them with more common ones.</source>
        <translation>字幕中有字幕字体不支持的字符，会显示成空白方框：{characters}。请换成更常用的字。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="70"/>
        <source>The face for the current latent, rendered live</source>
        <translation>当前潜向量对应的面孔，实时渲染</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="126"/>
        <source>The face in Explore</source>
        <translation>探索中的面孔</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="207"/>
        <source>The face model whose faces appear; empty = the shipped one</source>
        <translation>出镜面孔所用的模型；留空则用内置模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="319"/>
        <source>The face model {path} is not there; choose another one.</source>
        <translation>面孔模型 {path} 不存在；请另选一个。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="302"/>
        <source>The file appears only when the export completes.</source>
        <translation>导出完成后才会出现文件。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="504"/>
        <source>The folder {folder} does not exist; choose another.</source>
        <translation>文件夹 {folder} 不存在；请另选一个。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="302"/>
        <source>The image folder {folder} does not exist.</source>
        <translation>图片文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/engine/jobs.py" line="89"/>
        <source>The job</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/language_menu.py" line="19"/>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="104"/>
        <source>The language changes the next time AIGC Studio starts.</source>
        <translation>语言将在下次启动 AIGC Studio 时切换。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="174"/>
        <source>The language of the script, the voice and the captions</source>
        <translation>脚本、配音和字幕的语言</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="105"/>
        <source>The language the lines are written in</source>
        <translation>台词所用的语言</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="56"/>
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
        <location filename="../../aigc_studio/ui/writer_settings.py" line="59"/>
        <source>The model&apos;s name as the server knows it, e.g. qwen2.5:3b</source>
        <translation>服务端的模型名称，例如 qwen2.5:3b</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="111"/>
        <source>The narration the script has now</source>
        <translation>脚本当前的配音情况</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="201"/>
        <source>The platform the video is for: its size and frame rate</source>
        <translation>视频要发布的平台：决定尺寸和帧率</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="219"/>
        <source>The platform whose length limit the total is checked against</source>
        <translation>按哪个平台的时长上限检查总时长</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="192"/>
        <source>The platform&apos;s format: frame size, rate and length limit</source>
        <translation>平台的格式：画面尺寸、帧率和时长上限</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="439"/>
        <source>The project folder {folder} is no longer there (moved or deleted), so it was taken off the recent list; use Open… to find it.</source>
        <translation>项目文件夹 {folder} 已不存在（被移动或删除），已从最近列表中移除；请用“打开…”找到它。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="111"/>
        <source>The recipe (augmentation, spectral norm, averaged weights) trains stably on a few hundred images; DCGAN is the original 2016 network and training</source>
        <translation>配方（数据增强、谱归一化、权重平均）用几百张图片也能稳定训练；DCGAN 是 2016 年的原始网络和训练方式</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="123"/>
        <source>The same seed always gives the same face (as the CLI does)</source>
        <translation>同一个种子总是生成同一张面孔（与命令行一致）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="67"/>
        <source>The sample short is open on the timeline: press Space to play it. Everything here runs on this computer, offline.</source>
        <translation>示例短片已在时间线上打开：按空格键播放。这里的一切都在你的电脑上离线运行。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="214"/>
        <source>The script changed while it was being spoken: Generate narration again</source>
        <translation>配音期间脚本有改动：请重新生成配音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="69"/>
        <source>The scripts the model learns from</source>
        <translation>模型要学习的脚本</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="109"/>
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
        <location filename="../../aigc_studio/ui/main_window.py" line="291"/>
        <source>The three main jobs, and a short from an idea</source>
        <translation>三项主要工作，以及用一个想法生成短视频</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_sound.py" line="55"/>
        <source>The timeline&apos;s sound clips are silent: nothing to normalise</source>
        <translation>时间线上的声音片段都是静音：无需响度标准化</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="305"/>
        <source>The walk is drawn in the classes of its newest keyframe</source>
        <translation>漫步按最新关键帧的类别生成</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="160"/>
        <source>The writer&apos;s text appears here as it is written</source>
        <translation>写作内容会实时显示在这里</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_beat_dialog.py" line="58"/>
        <source>The {keyframes} keyframes are placed on the music&apos;s beats, so the face arrives at each one on a beat. The music is taken to start with the walk.</source>
        <translation>这 {keyframes} 个关键帧会放在音乐的节拍上，让面孔踩着节拍到达每个关键帧。音乐视为与漫步同时开始。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/settings_dialog.py" line="62"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="326"/>
        <source>There is no text model of yours yet: train one in the Script area (Train my text model…) or choose another writer.</source>
        <translation>你还没有自己的文本模型：请在“脚本”区训练一个（训练我的文本模型…），或换一种写作方式。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="251"/>
        <source>These files were not added:</source>
        <translation>以下文件未添加：</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="228"/>
        <source>This model was trained with labels: pick the class to draw</source>
        <translation>此模型用标签训练过：选择要生成的类别</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="78"/>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="90"/>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="68"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="286"/>
        <source>Tip: the spherical path (slerp) keeps the faces between keyframes as sharp as the keyframes. A walk on the timeline opens here again with a double-click.</source>
        <translation>提示：球面路径（slerp）让关键帧之间的面孔与关键帧一样清晰。在时间线上双击漫步，可在这里重新打开。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_meta.py" line="30"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="69"/>
        <location filename="../../aigc_studio/ui/explore_slider_dialog.py" line="107"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="70"/>
        <location filename="../../aigc_studio/ui/export_panel.py" line="98"/>
        <source>Top left</source>
        <translation>左上角</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="71"/>
        <location filename="../../aigc_studio/ui/export_panel.py" line="99"/>
        <source>Top right</source>
        <translation>右上角</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="169"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="100"/>
        <source>Topic, e.g. how a GAN learns faces</source>
        <translation>主题，例如：GAN 是如何学会画人脸的</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="87"/>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="114"/>
        <location filename="../../aigc_studio/ui/train_panel.py" line="63"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="87"/>
        <source>Train a face model on your own images</source>
        <translation>用你自己的图片训练面孔模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="136"/>
        <source>Train a model on the image folder</source>
        <translation>用图片文件夹训练模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="52"/>
        <source>Train my text model</source>
        <translation>训练我的文本模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="145"/>
        <source>Train my text model…</source>
        <translation>训练我的文本模型…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="166"/>
        <source>Train on CPU</source>
        <translation>改用 CPU 训练</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="67"/>
        <source>Train one with “Train my text model…”</source>
        <translation>用“训练我的文本模型…”训练一个</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="194"/>
        <source>Train text model</source>
        <translation>训练文本模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="227"/>
        <source>Trained</source>
        <translation>训练完成</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="332"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="412"/>
        <source>Training finished; model saved to {path}</source>
        <translation>训练完成；模型已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="176"/>
        <source>Training messages appear here.</source>
        <translation>训练信息将显示在这里。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="329"/>
        <source>Training on {images} → {run}</source>
        <translation>正在训练：{images} → {run}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="327"/>
        <source>Training on {images} → {run} on the CPU, from the saved state</source>
        <translation>正在用 CPU 从保存的状态继续训练：{images} → {run}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="349"/>
        <source>Training paused after this step; press Resume to go on</source>
        <translation>训练将在这一步之后暂停；点“继续”恢复</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="346"/>
        <source>Training resumed</source>
        <translation>训练已继续</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="339"/>
        <source>Training started</source>
        <translation>训练已开始</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="98"/>
        <source>Training steps</source>
        <translation>训练步数</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="417"/>
        <source>Training stopped with an error.</source>
        <translation>训练因错误而停止。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="198"/>
        <source>Training stopped.</source>
        <translation>训练已停止。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="419"/>
        <source>Training stopped: the GPU ran out of memory.</source>
        <translation>训练已停止：GPU 显存不足。</translation>
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
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="135"/>
        <source>Truncation ψ</source>
        <translation>截断 ψ</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="30"/>
        <source>Truncation ψ scales the latent towards the average face: the face drawn is ψ × z.
1 is the face itself; lower values (0.5–0.8) give more typical, cleaner faces with less variety;
0 is the average face for every seed; above 1 exaggerates features (and flaws).</source>
        <translation>截断 ψ 把潜向量向平均面孔收缩：生成的面孔为 ψ × z。
1 即面孔本身；较低的值（0.5–0.8）得到更常见、更干净但变化更少的面孔；
0 时每个种子都是平均面孔；大于 1 会夸大特征（以及瑕疵）。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="610"/>
        <source>Truncation ψ {psi:.2f}</source>
        <translation>截断 ψ {psi:.2f}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="215"/>
        <source>Type a topic first, e.g. “how a GAN learns faces”</source>
        <translation>请先输入主题，例如“GAN 是如何学会画人脸的”</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="68"/>
        <source>Type a topic first, in a sentence, e.g. “why cats knock things off tables”; the script is written about it.</source>
        <translation>请先用一句话输入主题，例如“猫为什么爱把东西推下桌”；脚本会围绕它来写。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="220"/>
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
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="93"/>
        <source>Undo the last explorer move</source>
        <translation>撤销探索中的上一步</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="372"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="360"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="237"/>
        <source>Update clip</source>
        <translation>更新片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="115"/>
        <source>Use an audio file you recorded as the selected scene&apos;s voice</source>
        <translation>用你录制的音频文件作为所选场景的配音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_gallery.py" line="125"/>
        <location filename="../../aigc_studio/ui/explore_grid.py" line="106"/>
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
        <location filename="../../aigc_studio/ui/walk_editor.py" line="202"/>
        <source>Use this easing for every segment</source>
        <translation>所有分段都使用这种缓动</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="220"/>
        <source>Variants</source>
        <translation>版本数</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="51"/>
        <location filename="../../aigc_studio/ui/timeline_style.py" line="66"/>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="88"/>
        <source>Video file</source>
        <translation>视频文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/host_dialog.py" line="217"/>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="226"/>
        <source>Virtual host</source>
        <translation>虚拟主播</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="210"/>
        <source>Virtual host added.</source>
        <translation>已添加虚拟主播。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_paint.py" line="88"/>
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
        <location filename="../../aigc_studio/ui/explore_panel.py" line="827"/>
        <source>Wait for the face to appear, then add it as a keyframe</source>
        <translation>等面孔出现后再把它添加为关键帧</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="193"/>
        <source>Walk</source>
        <translation>漫步</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="264"/>
        <source>Walk cleared: its keyframes belong to another model</source>
        <translation>漫步已清空：它的关键帧属于另一个模型</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="532"/>
        <source>Walk updated on the timeline (Edit ▸ Undo restores it)</source>
        <translation>时间线上的漫步已更新（编辑 ▸ 撤销可恢复）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_paint.py" line="89"/>
        <source>Walk · {length}</source>
        <translation>漫步 · {length}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="572"/>
        <source>Warning: 1 keyframe may copy training images</source>
        <translation>警告：有 1 个关键帧可能照搬了训练图片</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="578"/>
        <source>Warning: {count} keyframes may copy training images</source>
        <translation>警告：有 {count} 个关键帧可能照搬了训练图片</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="434"/>
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
        <location filename="../../aigc_studio/ui/host_dialog.py" line="139"/>
        <source>What moves the mouth: a direction fitted on faces like this one, or one of the explorer&apos;s sliders (as listed in Explore for this model)</source>
        <translation>由什么带动嘴部：在类似面孔上拟合出的方向，或探索中的某个滑块（按该模型在探索中的顺序）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="167"/>
        <source>What the short is about, in a sentence</source>
        <translation>用一句话说明短视频讲什么</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="214"/>
        <source>Where the clip begins on the timeline</source>
        <translation>片段在时间线上的开始位置</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="85"/>
        <source>Where the model, samples and metrics go</source>
        <translation>模型、样本和指标的保存位置</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="230"/>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="100"/>
        <source>Where to save</source>
        <translation>保存位置</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="179"/>
        <source>Where to write the .mp4</source>
        <translation>.mp4 的保存位置</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="223"/>
        <source>Which corner the mark sits in</source>
        <translation>标记放在哪个角</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="252"/>
        <source>Which moment of the video the cover shows</source>
        <translation>封面取视频的哪个时刻</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="363"/>
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
        <location filename="../../aigc_studio/ui/script_narration.py" line="166"/>
        <source>Write a line in a scene first: there is nothing to say</source>
        <translation>请先在场景里写一句台词：现在没有可说的内容</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/welcome.py" line="32"/>
        <source>Write a script</source>
        <translation>写脚本</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="68"/>
        <source>Write for me</source>
        <translation>帮我写</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="233"/>
        <source>Write script</source>
        <translation>写脚本</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="229"/>
        <source>Write subtitles (.srt) and a description (.txt)</source>
        <translation>同时输出字幕（.srt）和简介（.txt）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="89"/>
        <source>Write the scenes and lines of your short</source>
        <translation>写出短视频的分镜和台词</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="255"/>
        <source>Write, voice, animate and export it</source>
        <translation>写脚本、配音、做动画并导出</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="185"/>
        <location filename="../../aigc_studio/ui/script_writer.py" line="125"/>
        <source>Writer</source>
        <translation>写作方式</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/writer_settings.py" line="47"/>
        <source>Writer settings</source>
        <translation>写作设置</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="276"/>
        <source>Writing cancelled; the scenes are unchanged</source>
        <translation>已取消写作；场景未改动</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="240"/>
        <source>Writing with {writer}…</source>
        <translation>正在用{writer}写作…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="435"/>
        <source>Wrote {count} scenes: {title}</source>
        <translation>已写好 {count} 个场景：{title}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="79"/>
        <source>YouTube Shorts</source>
        <translation>YouTube Shorts</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="61"/>
        <source>Your recording: {file}</source>
        <translation>你的录音：{file}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/clip_properties.py" line="230"/>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="177"/>
        <source>Zoom in (Ctrl + mouse wheel)</source>
        <translation>放大（Ctrl + 鼠标滚轮）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="176"/>
        <source>Zoom out (Ctrl + mouse wheel)</source>
        <translation>缩小（Ctrl + 鼠标滚轮）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="181"/>
        <source>Zoom to show the whole project</source>
        <translation>缩放以显示整个项目</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="382"/>
        <source>a latent walk needs at least two keyframes</source>
        <translation>潜空间漫步至少需要两个关键帧</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="276"/>
        <source>a {size}-value latent cannot join a walk of {walk_size}-value latents</source>
        <translation>{size} 维的潜向量不能加入由 {walk_size} 维潜向量组成的漫步</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="100"/>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="103"/>
        <source>auto uses a GPU when there is one, else the CPU</source>
        <translation>“自动”在有 GPU 时使用 GPU，否则使用 CPU</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="60"/>
        <source>before-after</source>
        <translation>前后对比</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="274"/>
        <source>caption &quot;{text}&quot;</source>
        <translation>字幕“{text}”</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_style.py" line="54"/>
        <source>captions</source>
        <translation>字幕</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="284"/>
        <source>clip {name}</source>
        <translation>片段 {name}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_voice.py" line="188"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/quick_wizard.py" line="166"/>
        <source>e.g. why cats knock things off tables</source>
        <translation>例如：猫为什么爱把东西推下桌</translation>
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
        <location filename="../../aigc_studio/ui/timeline_style.py" line="57"/>
        <source>effects</source>
        <translation>音效</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="58"/>
        <source>hook-problem-reveal-cta</source>
        <translation>钩子-问题-揭晓-号召</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="281"/>
        <source>image {name}</source>
        <translation>图片 {name}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="276"/>
        <source>latent walk</source>
        <translation>潜空间漫步</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_strip.py" line="26"/>
        <source>linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="59"/>
        <source>list-of-n</source>
        <translation>盘点清单</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="385"/>
        <source>load a model before adding a walk</source>
        <translation>请先载入模型再添加漫步</translation>
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
        <location filename="../../aigc_studio/ui/timeline_style.py" line="56"/>
        <source>music</source>
        <translation>音乐</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="60"/>
        <source>my recording · {seconds}</source>
        <translation>我的录音 · {seconds}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_style.py" line="55"/>
        <source>narration</source>
        <translation>旁白</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="27"/>
        <source>never saved</source>
        <translation>从未保存</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="55"/>
        <source>out of date · {seconds}</source>
        <translation>已过期 · {seconds}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="112"/>
        <source>seed </source>
        <translation>种子 </translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="279"/>
        <source>sound {name}</source>
        <translation>声音 {name}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="332"/>
        <location filename="../../aigc_studio/ui/loss_plot.py" line="85"/>
        <source>step {step}</source>
        <translation>第 {step} 步</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="61"/>
        <source>story</source>
        <translation>故事</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="184"/>
        <source>the disk is full; free some space or choose another drive</source>
        <translation>磁盘已满；请释放空间或换一个磁盘</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_writer.py" line="62"/>
        <source>tutorial</source>
        <translation>教程</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_panel.py" line="332"/>
        <source>untrained</source>
        <translation>未训练</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_style.py" line="53"/>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="283"/>
        <source>video file {name}</source>
        <translation>视频文件 {name}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="276"/>
        <source>virtual host</source>
        <translation>虚拟主播</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_narration.py" line="63"/>
        <source>voice · {seconds}</source>
        <translation>配音 · {seconds}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="559"/>
        <source>walk at {start}, keyframe {keyframe} ≈ {image} (distance {distance:.2f})</source>
        <translation>{start} 处的漫步，关键帧 {keyframe} ≈ {image}（距离 {distance:.2f}）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="72"/>
        <source>x264 (software)</source>
        <translation>x264（软件）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="143"/>
        <source>x264 speed</source>
        <translation>x264 速度</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_advanced.py" line="137"/>
        <source>x264&apos;s speed: slower makes a smaller file at the same quality (ultrafast gives up the High profile)</source>
        <translation>x264 编码速度：越慢，同等画质下文件越小（ultrafast 不使用 High 档次）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="186"/>
        <source>you may not write there; choose another folder</source>
        <translation>没有写入权限；请换一个文件夹</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="238"/>
        <source>{count} clip</source>
        <translation>{count} 个片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="238"/>
        <source>{count} clips</source>
        <translation>{count} 个片段</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="259"/>
        <source>{count} clips selected.</source>
        <translation>已选择 {count} 个片段。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="802"/>
        <source>{count} keyframes</source>
        <translation>{count} 个关键帧</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="574"/>
        <source>{count} keyframes very close to training images and may copy them: {places}. The export goes on; check them before you publish.</source>
        <translation>有 {count} 个关键帧与训练图片非常接近，可能是照搬：{places}。导出会继续；发布前请检查。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="157"/>
        <source>{count} media files are missing ({names}); their clips stay silent or blank until relinked.</source>
        <translation>缺少 {count} 个素材文件（{names}）；重新链接之前，相关片段将无声或空白。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="538"/>
        <source>{count} media files could not be collected because they are missing: {names}. Use Find files… to relink them, then Collect Files again.</source>
        <translation>有 {count} 个素材文件缺失，无法收集：{names}。请用“查找文件…”重新链接，然后再次收集文件。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="666"/>
        <source>{count} recovery copies could not be read and were skipped: {problem}</source>
        <translation>有 {count} 份恢复副本无法读取，已跳过：{problem}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="76"/>
        <source>{count} scene</source>
        <translation>{count} 个场景</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="76"/>
        <source>{count} scenes</source>
        <translation>{count} 个场景</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="86"/>
        <source>{entry} (folder missing)</source>
        <translation>{entry}（文件夹不存在）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/project_files.py" line="90"/>
        <source>{folder} is no longer there</source>
        <translation>{folder} 已不存在</translation>
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
        <location filename="../../aigc_studio/ui/walk_editor.py" line="803"/>
        <source>{keyframes} · {duration} · {frames} frames at {fps} fps</source>
        <translation>{keyframes} · {duration} · {frames} 帧，{fps} 帧/秒</translation>
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
        <location filename="../../aigc_studio/ui/script_panel.py" line="213"/>
        <source>{name} (max {limit})</source>
        <translation>{name}（上限 {limit}）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="86"/>
        <source>{name} does not exist</source>
        <translation>{name} 不存在</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="99"/>
        <source>{name} has no frames to show</source>
        <translation>{name} 没有可显示的画面</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="133"/>
        <source>{name} has no sound in it</source>
        <translation>{name} 里没有声音</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="130"/>
        <source>{name} is not a sound file AIGC Studio can read</source>
        <translation>{name} 不是 AIGC Studio 能读取的声音文件</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/media_import.py" line="95"/>
        <source>{name} is not a video AIGC Studio can read</source>
        <translation>{name} 不是 AIGC Studio 能读取的视频</translation>
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
        <location filename="../../aigc_studio/ui/explore_panel.py" line="335"/>
        <source>{name} · {size} px · {trained}</source>
        <translation>{name} · {size} px · {trained}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/recovery_dialog.py" line="28"/>
        <source>{name} — autosaved {when} ({where})</source>
        <translation>{name} — 自动保存于 {when}（{where}）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_sliders.py" line="134"/>
        <source>{name}: double-click to rename, right-click for more</source>
        <translation>{name}：双击重命名，右键查看更多</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/text_model_dialog.py" line="229"/>
        <source>{outcome}: {steps:,} steps. Validation loss {loss:.2f} (a model that ignores context scores {baseline:.2f}; lower is better). The “My text model” writer now uses {file}.</source>
        <translation>{outcome}：{steps:,} 步。验证损失 {loss:.2f}（不看上下文的模型得分为 {baseline:.2f}；越低越好）。“我的文本模型”写作现在使用 {file}。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="65"/>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="104"/>
        <location filename="../../aigc_studio/ui/explore_blend.py" line="121"/>
        <source>{percent}% B</source>
        <translation>{percent}% B</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="90"/>
        <source>{quality} (CRF {crf})</source>
        <translation>{quality}（CRF {crf}）</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="620"/>
        <source>{relinked} Not found in {folder}:</source>
        <translation>{relinked}在 {folder} 中未找到：</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/main_window.py" line="622"/>
        <source>{relinked} {count} still missing.</source>
        <translation>{relinked}仍缺少 {count} 个。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/script_panel.py" line="268"/>
        <source>{scenes} · total {total} of {limit}</source>
        <translation>{scenes} · 共 {total} / {limit}</translation>
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
        <location filename="../../aigc_studio/ui/project_files.py" line="176"/>
        <location filename="../../aigc_studio/ui/project_files.py" line="196"/>
        <source>{sentence} Your changes are still open here.</source>
        <translation>{sentence}你的更改仍保留在这里。</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="94"/>
        <source>{size} px</source>
        <translation>{size} px</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/train_panel.py" line="358"/>
        <source>{status} · cancelling…</source>
        <translation>{status} · 正在取消…</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="807"/>
        <source>{summary} · add at least two keyframes to make a walk</source>
        <translation>{summary} · 至少添加两个关键帧才能组成漫步</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="644"/>
        <source>{tempo:.0f} BPM · </source>
        <translation>{tempo:.0f} BPM · </translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/timeline_panel.py" line="262"/>
        <source>{track}: {clip}, {start} – {end}</source>
        <translation>{track}：{clip}，{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/export_panel.py" line="445"/>
        <source>{width}×{height} · {fps} fps · H.264 + AAC · {duration}</source>
        <translation>{width}×{height} · {fps} 帧/秒 · H.264 + AAC · {duration}</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="585"/>
        <source>■ Stop</source>
        <translation>■ 停止</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="222"/>
        <location filename="../../aigc_studio/ui/walk_editor.py" line="585"/>
        <source>▶ Preview</source>
        <translation>▶ 预览</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="93"/>
        <source>◀ Back</source>
        <translation>◀ 后退</translation>
    </message>
    <message>
        <location filename="../../aigc_studio/ui/explore_face_column.py" line="113"/>
        <source>★ Favourite</source>
        <translation>★ 收藏</translation>
    </message>
</context>
</TS>
