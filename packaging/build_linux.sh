#!/usr/bin/env bash
# Build the Linux one-folder bundle and a tarball, then smoke-test the built binary:
# it must start offscreen, load the default model, draw a face and exit 0.
#
#   bash packaging/build_linux.sh            (from the repo root, in the studio's venv)
#
# Output: build/dist/aigc-studio/ (run build/dist/aigc-studio/aigc-studio) and
# build/aigc-studio-VERSION-linux-x86_64.tar.gz. The torch installed in the environment
# decides the variant: the CPU wheel (default) or a CUDA wheel (GPU build).
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pip install -q "pyinstaller>=6.10,<7"
python packaging/make_icons.py >/dev/null
started=$(date +%s)
python -m PyInstaller --noconfirm --log-level WARN \
    --distpath build/dist --workpath build/pyinstaller packaging/aigc-studio.spec
echo "built in $(( $(date +%s) - started )) s"

# The desktop entry and AppStream file are checked when the tools are installed
# (Debian: desktop-file-utils, appstream).
if command -v desktop-file-validate >/dev/null; then desktop-file-validate packaging/aigc-studio.desktop; fi
if command -v appstreamcli >/dev/null; then appstreamcli validate --no-net packaging/aigc-studio.metainfo.xml; fi

bundle=build/dist/aigc-studio
# Desktop integration files travel inside the bundle, for installers and the tarball.
mkdir -p "$bundle/share/applications" "$bundle/share/metainfo" "$bundle/share/icons"
cp packaging/aigc-studio.desktop "$bundle/share/applications/"
cp packaging/aigc-studio.metainfo.xml "$bundle/share/metainfo/"
cp -r packaging/icons/hicolor "$bundle/share/icons/"

echo "bundle size: $(du -sh "$bundle" | cut -f1)"
smoke_started=$(date +%s.%N)
QT_QPA_PLATFORM=offscreen "$bundle/aigc-studio" selftest --out build/selftest-face.png
echo "selftest took $(echo "$(date +%s.%N) - $smoke_started" | bc) s (cold start included)"

version=$(python -c "import aigc_studio; print(aigc_studio.__version__)")
tar -C build/dist -czf "build/aigc-studio-$version-linux-x86_64.tar.gz" aigc-studio
echo "tarball: build/aigc-studio-$version-linux-x86_64.tar.gz ($(du -sh "build/aigc-studio-$version-linux-x86_64.tar.gz" | cut -f1))"
