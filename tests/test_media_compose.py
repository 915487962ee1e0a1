"""Multi-track composition: fit modes, opacity, transitions, images and video files."""

from __future__ import annotations

import subprocess

import numpy as np
import pytest
from PIL import Image

from aigc_studio.media.captions import draw_caption
from aigc_studio.media.ffmpeg import ffmpeg_exe
from aigc_studio.media.frames import compose_face, face_rect
from aigc_studio.media.sources import PICTURES, MediaError, MediaSources
from aigc_studio.media.timeline_render import frame_at, iter_frames
from aigc_studio.project.model import (
    CaptionClip,
    ImageClip,
    LatentWalkClip,
    Project,
    Track,
    VideoFileClip,
)
from tests.test_media_timeline import NZ, FakeModels, caption_rows, colour_face

W, H = 64, 112
RED, GREEN, BLUE = (220, 30, 30), (30, 200, 60), (30, 60, 220)


def project(tracks: int = 2, duration: float = 2.0) -> Project:
    """A small frame with ``tracks`` video tracks (index 0 on top), nothing on them."""
    result = Project(name="compose", width=W, height=H, fps=10)
    for _ in range(tracks - 1):
        result.timeline.tracks.insert(1, Track(kind="video", name="Video below"))
    return result


def video_track(p: Project, index: int) -> list:
    return p.timeline.tracks_of("video")[index].clips


def flat_png(path, colour, size=(40, 20)) -> str:
    Image.new("RGB", size, colour).save(path)
    return str(path)


def halves_png(path, size=(40, 20)) -> str:
    """Left half red, right half blue: shows which part of a picture is on screen."""
    pixels = np.zeros((size[1], size[0], 3), np.uint8)
    pixels[:, : size[0] // 2] = RED
    pixels[:, size[0] // 2 :] = BLUE
    Image.fromarray(pixels).save(path)
    return str(path)


def near(pixel, colour, tolerance=6) -> bool:
    return bool(np.abs(np.asarray(pixel, int) - colour).max() <= tolerance)


def render(p: Project, t: float, models: FakeModels | None = None, **kwargs) -> np.ndarray:
    return frame_at(p, t, (models or FakeModels()).renderer_for, **kwargs)


def test_fit_shows_the_whole_picture_fill_covers_the_frame(tmp_path):
    path = halves_png(tmp_path / "wide.png")  # 2:1, so fit leaves bands above and below
    p = project(tracks=1)
    clip = ImageClip(0.0, 1.0, path, fit="fit")
    video_track(p, 0).append(clip)
    fit = render(p, 0.5)
    top = (H - W // 2) // 2  # the 64x32 picture is centred
    row = top + W // 4
    assert near(fit[row, 2], RED) and near(fit[row, W - 3], BLUE)  # both halves, whole
    assert not near(fit[4, 2], RED, 40)  # above it a dim glow, not the picture
    assert fit[4].mean() > 5  # ... and not black bars

    clip.fit = "fill"
    fill = render(p, 0.5)
    assert near(fill[4, 2], RED) and near(fill[H - 4, W - 3], BLUE)  # covers top to bottom
    # Cropped: only the middle of the picture, so the red/blue edge is mid-frame.
    edge = int(np.argmax(fill[H // 2, :, 2] > 128))
    assert abs(edge - W // 2) <= 2


def test_fit_above_another_track_lets_it_show_around_the_picture(tmp_path):
    p = project(tracks=2)
    video_track(p, 1).append(ImageClip(0.0, 1.0, flat_png(tmp_path / "g.png", GREEN)))
    video_track(p, 0).append(ImageClip(0.0, 1.0, halves_png(tmp_path / "w.png"), fit="fit"))
    frame = render(p, 0.5)
    assert near(frame[4, W // 2], GREEN) and near(frame[H - 4, W // 2], GREEN)
    assert near(frame[H // 2, 2], RED) and near(frame[H // 2, W - 3], BLUE)


def test_ken_burns_zooms_in_over_the_clip(tmp_path):
    pixels = np.full((112, 64, 3), 255, np.uint8)
    pixels[46:66, 22:42] = 0  # a dark square in the middle
    path = tmp_path / "square.png"
    Image.fromarray(pixels).save(path)
    p = project(tracks=1)
    clip = ImageClip(0.0, 2.0, str(path), fit="ken_burns", ken_burns_zoom=1.5)
    video_track(p, 0).append(clip)

    def dark(frame):
        return int((frame.max(axis=2) < 100).sum())

    start, end = dark(render(p, 0.0)), dark(render(p, 1.99))
    assert start == pytest.approx(20 * 20, rel=0.15)  # zoom 1: as fill shows it
    assert end / start == pytest.approx(1.5**2, rel=0.15)  # 1.5x wider and taller
    clip.fit = "fill"
    assert dark(render(p, 1.99)) == pytest.approx(start, rel=0.05)  # fill does not move


def test_half_opacity_shows_the_lower_track_half_through(tmp_path):
    p = project(tracks=2)
    video_track(p, 1).append(ImageClip(0.0, 1.0, flat_png(tmp_path / "g.png", GREEN)))
    video_track(p, 0).append(ImageClip(0.0, 1.0, flat_png(tmp_path / "r.png", RED), opacity=0.5))
    frame = render(p, 0.5)
    expected = (np.asarray(RED) + np.asarray(GREEN)) / 2
    assert np.abs(frame[H // 2, W // 2] - expected).max() <= 2


def transition_project(tmp_path, kind: str) -> Project:
    p = project(tracks=1)
    clips = video_track(p, 0)
    clips.append(ImageClip(0.0, 1.0, flat_png(tmp_path / "r.png", RED)))
    clips.append(
        ImageClip(
            1.0,
            1.0,
            flat_png(tmp_path / "b.png", BLUE),
            transition=kind,
            transition_duration=0.5,
        )
    )
    return p


def test_crossfade_blends_from_the_previous_clip(tmp_path):
    p = transition_project(tmp_path, "crossfade")
    middle = (H // 2, W // 2)
    assert near(render(p, 0.9)[middle], RED, 2)
    halfway = render(p, 1.25)[middle]
    assert np.abs(halfway - (np.asarray(RED) + BLUE) / 2).max() <= 3
    assert near(render(p, 1.6)[middle], BLUE, 2)


def test_slide_pushes_the_new_clip_in_from_the_right(tmp_path):
    p = transition_project(tmp_path, "slide")

    def blue_from(frame):
        return int(np.argmax(frame[H // 2, :, 2] > 128))

    early, later = render(p, 1.05), render(p, 1.3)
    assert near(early[H // 2, 0], RED) and near(early[H // 2, W - 1], BLUE)
    assert 0 < blue_from(later) < blue_from(early) < W  # moving left as it slides in
    assert near(render(p, 1.6)[H // 2, 0], BLUE)


def test_walk_at_the_bottom_keeps_its_glow_and_over_an_image_only_its_square(tmp_path):
    start = [-3.0, -3.0, -3.0] + [0.0] * (NZ - 3)
    walk = LatentWalkClip(0.0, 1.0, [start, start], interpolation="linear")
    p = project(tracks=2)
    video_track(p, 0).append(walk)
    alone = render(p, 0.5)
    np.testing.assert_array_equal(alone, compose_face(colour_face(np.float32(start)), W, H))

    video_track(p, 1).append(ImageClip(0.0, 1.0, flat_png(tmp_path / "g.png", GREEN)))
    over = render(p, 0.5)
    left, top, side = face_rect(W, H)
    np.testing.assert_array_equal(
        over[top + 4 : top + side - 4], alone[top + 4 : top + side - 4]
    )  # the same face square...
    assert near(over[H - 3, W // 2], GREEN, 10)  # the image shows away from the face
    shadowed = over[top - 2, W // 2].astype(int)
    assert (shadowed < np.asarray(GREEN) - 5).any()  # ...casting a soft shadow on the image


def walks_over_green(tmp_path, transition: str) -> Project:
    """A dark red face, then a green one entering by ``transition``, over a green image."""
    red = [-3.0, -3.0, -3.0] + [0.0] * (NZ - 3)
    green = [-3.0, 3.0, 2.0] + [0.0] * (NZ - 3)
    p = project(tracks=2)
    video_track(p, 0).append(LatentWalkClip(0.0, 1.0, [red, red]))
    video_track(p, 0).append(
        LatentWalkClip(1.0, 1.0, [green, green], transition=transition, transition_duration=0.5)
    )
    video_track(p, 1).append(ImageClip(0.0, 2.0, flat_png(tmp_path / "g.png", GREEN)))
    return p


def test_walks_crossfade_over_a_background_with_one_shadow(tmp_path):
    p = walks_over_green(tmp_path, "crossfade")
    left, top, side = face_rect(W, H)
    centre = (top + side // 2, W // 2)
    red, halfway, green = render(p, 0.9), render(p, 1.25), render(p, 1.6)
    expected = (red[centre].astype(int) + green[centre]) / 2
    assert np.abs(halfway[centre] - expected).max() <= 3
    # Around the square only the background and the one shadow both faces cast.
    np.testing.assert_array_equal(halfway[: top - 2], red[: top - 2])
    np.testing.assert_array_equal(halfway[top + side + 2 :], red[top + side + 2 :])


def test_a_walk_slides_in_over_another(tmp_path):
    p = walks_over_green(tmp_path, "slide")
    left, top, side = face_rect(W, H)
    row = top + 40  # below the eyes, across both discs
    red, sliding, green = render(p, 0.9), render(p, 1.1), render(p, 1.6)
    offset = round(W * (1 - 0.2) ** 2)  # eased: 64 % of the way still to go
    assert np.abs(sliding[row, 15].astype(int) - red[row, 15]).max() <= 2  # the old face
    assert np.abs(sliding[row, offset + 17].astype(int) - green[row, 17]).max() <= 2  # the new
    np.testing.assert_array_equal(sliding[: top - 2], red[: top - 2])  # one shadow


def test_a_caption_over_the_foot_of_a_moving_face_is_drawn_as_a_whole(tmp_path):
    p = walks_over_green(tmp_path, "none")
    text = "one two three four five six seven eight nine ten eleven twelve"
    rows = caption_rows(p, text)
    left, top, side = face_rect(W, H)
    assert rows.start < top + side < rows.stop  # part over the face, part below it
    plain = [render(p, t) for t in (0.2, 0.6)]
    p.timeline.track("caption").clips.append(CaptionClip(0.0, 1.0, text))
    with MediaSources() as sources:  # the still part comes from the cached base
        captioned = [render(p, t, sources=sources) for t in (0.2, 0.6)]
    for frame, under in zip(captioned, plain, strict=True):
        np.testing.assert_array_equal(frame, draw_caption(under.copy(), text))


def test_faces_enlarged_in_a_batch_by_the_renderer_look_the_same(tmp_path):
    from aigc_studio.rendering import enlarge_faces

    sizes = []

    class Enlarging(FakeModels):
        def renderer_for(self, model_ref):
            render = super().renderer_for(model_ref)

            def enlarge(faces, size):
                sizes.append((len(faces), size))
                return enlarge_faces(faces, size)

            render.enlarge = enlarge
            return render

    start = [-3.0, -3.0, -3.0] + [0.0] * (NZ - 3)
    end = [-3.0, 3.0, 2.0] + [0.0] * (NZ - 3)
    p = project(tracks=2)
    p.width, p.height = 2 * W, 2 * H  # the 32 px fake face is enlarged to 64 px (half)
    video_track(p, 0).append(LatentWalkClip(0.0, 1.0, [start, end], interpolation="linear"))
    video_track(p, 1).append(ImageClip(0.0, 1.0, flat_png(tmp_path / "g.png", GREEN)))
    fast = list(iter_frames(p, Enlarging().renderer_for, batch=5))
    plain = list(iter_frames(p, FakeModels().renderer_for, batch=5))
    assert sizes == [(1, 2 * W)] * 10  # once a frame, to the square's side
    for a, b in zip(fast, plain, strict=True):
        difference = np.abs(a.astype(int) - b)
        assert difference.any() and difference.mean() < 2


def test_an_image_is_decoded_once_per_size(tmp_path):
    p = project(tracks=1)
    video_track(p, 0).append(ImageClip(0.0, 1.0, flat_png(tmp_path / "once.png", RED)))
    PICTURES.clear()
    before = PICTURES.decodes
    with MediaSources() as sources:
        for t in (0.1, 0.4, 0.8):
            render(p, t, sources=sources)
    list(iter_frames(p, FakeModels().renderer_for))
    assert PICTURES.decodes - before == 1
    render(p, 0.5, width=32, height=56)  # a preview size is a second picture
    assert PICTURES.decodes - before == 2


def test_a_phone_photo_is_turned_upright_by_its_exif_orientation(tmp_path):
    path = tmp_path / "phone.jpg"
    stored = Image.open(halves_png(tmp_path / "h.png"))  # red left, blue right
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 degrees clockwise to view"
    stored.save(path, exif=exif, quality=95)
    p = project(tracks=1)
    video_track(p, 0).append(ImageClip(0.0, 1.0, str(path), fit="fill"))
    frame = render(p, 0.5)
    assert near(frame[3, W // 2], RED, 25) and near(frame[H - 4, W // 2], BLUE, 25)


def test_missing_or_broken_images_are_a_sentence(tmp_path):
    p = project(tracks=1)
    clip = ImageClip(0.0, 1.0, str(tmp_path / "gone.png"))
    video_track(p, 0).append(clip)
    with pytest.raises(MediaError, match="missing"):
        render(p, 0.5)
    (tmp_path / "bad.png").write_bytes(b"not a picture")
    clip.path = str(tmp_path / "bad.png")
    with pytest.raises(MediaError, match="cannot be read"):
        render(p, 0.5)
    clip.path = "assets/media/x.png"  # relative: needs the project folder
    with pytest.raises(MediaError, match="project folder"):
        render(p, 0.5)
    clip.path = "../outside.png"
    with pytest.raises(MediaError, match="outside"):
        render(p, 0.5, media_root=tmp_path)


VIDEO_FPS = 20
VIDEO_FRAMES = 50  # 2.5 s; frame k is a flat grey of level 5 * k


@pytest.fixture(scope="module")
def counting_video(tmp_path_factory):
    """An MP4 whose frame k is grey level 5k, so a pixel tells which frame is showing."""
    path = tmp_path_factory.mktemp("video") / "count.mp4"
    frames = np.repeat(np.arange(VIDEO_FRAMES, dtype=np.uint8) * 5, 48 * 80 * 3)
    subprocess.run(
        [ffmpeg_exe(), "-v", "error", "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", "48x80"]
        + ["-r", str(VIDEO_FPS), "-i", "-", "-c:v", "libx264", "-qp", "0"]
        + ["-pix_fmt", "yuv444p", str(path)],
        input=frames.tobytes(),
        check=True,
    )
    return path


def level(frame: np.ndarray) -> float:
    return float(frame[H // 2 - 4 : H // 2 + 4, W // 2 - 4 : W // 2 + 4].mean())


def test_video_file_frames_follow_the_source_and_hold_the_last(counting_video):
    p = project(tracks=1)
    video_track(p, 0).append(VideoFileClip(0.5, 4.0, str(counting_video), source_in=0.25))
    for t in (0.5, 1.0, 1.55, 2.7):
        source = 0.25 + (t - 0.5)
        assert level(render(p, t)) == pytest.approx(5 * int(source * VIDEO_FPS), abs=2)
    assert level(render(p, 4.4)) == pytest.approx(5 * (VIDEO_FRAMES - 1), abs=2)  # held


def test_video_file_at_speed_two_shows_source_second_two_at_one(counting_video):
    p = project(tracks=1)
    video_track(p, 0).append(VideoFileClip(0.0, 1.2, str(counting_video), speed=2.0))
    assert level(render(p, 1.0)) == pytest.approx(5 * 2 * VIDEO_FPS, abs=2)


@pytest.mark.parametrize("fit", ["fit", "ken_burns"])
@pytest.mark.parametrize("tracks", [1, 2])
def test_video_file_fit_modes_show_the_frame_at_t(counting_video, tmp_path, fit, tracks):
    p = project(tracks=tracks)
    video_track(p, 0).append(VideoFileClip(0.0, 2.0, str(counting_video), fit=fit))
    if tracks == 2:  # the video over a background image instead of over its own glow
        video_track(p, 1).append(ImageClip(0.0, 2.0, flat_png(tmp_path / "g.png", GREEN)))
    assert level(render(p, 1.0)) == pytest.approx(5 * VIDEO_FPS, abs=2)


def test_export_reads_a_video_straight_through(counting_video):
    p = project(tracks=1)
    clip = VideoFileClip(0.0, 2.0, str(counting_video))
    video_track(p, 0).append(clip)
    with MediaSources() as sources:
        frames = list(iter_frames(p, FakeModels().renderer_for, sources=sources))
        (reader,) = sources._readers.values()
        assert reader.restarts == 1  # one ffmpeg process for the whole clip, no seeks
    levels = [level(f) for f in frames]
    expected = [5 * int(i / 10 * VIDEO_FPS) for i in range(20)]
    assert np.abs(np.asarray(levels) - expected).max() <= 2
