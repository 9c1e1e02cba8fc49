#!/usr/bin/env bash
# Installs what `yusuan generate --format pdf` and the PDF tests need on Debian/Ubuntu:
# LibreOffice Writer + Calc (headless), Noto CJK and a Kai font, poppler-utils, and fontconfig
# aliases so the GB/T 9704 font names in the .docx (仿宋_GB2312, 黑体, 楷体_GB2312, 方正小标宋简体)
# resolve to installed fonts. Idempotent and quiet; safe to run as root in CI.
set -euo pipefail

packages=(
  libreoffice-writer-nogui
  libreoffice-calc-nogui
  fonts-noto-cjk
  fonts-arphic-ukai
  poppler-utils
  fontconfig
)

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo_cmd=(sudo); else
    echo "install-pdf-tools: 需要 root 权限（或 sudo）来安装软件包。" >&2
    exit 1
  fi
fi

missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
# A machine that already has the full (GUI) LibreOffice needs no -nogui variant: they conflict.
if command -v soffice >/dev/null 2>&1; then
  filtered=()
  for pkg in "${missing[@]}"; do
    case "$pkg" in libreoffice-*-nogui) ;; *) filtered+=("$pkg") ;; esac
  done
  missing=("${filtered[@]}")
fi

if [ "${#missing[@]}" -gt 0 ]; then
  echo "install-pdf-tools: 安装 ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

kai_family='AR PL UKai CN'
if ! fc-list ":family=${kai_family}" family | grep -q .; then kai_family='Noto Serif CJK SC'; fi

alias_block() {
  local name=$1 target=$2
  printf '  <alias binding="same">\n    <family>%s</family>\n    <prefer><family>%s</family></prefer>\n  </alias>\n' "$name" "$target"
}

bold_block() {
  local name=$1 target=$2
  printf '  <match target="pattern">\n    <test name="family"><string>%s</string></test>\n' "$name"
  printf '    <edit name="family" mode="assign" binding="strong"><string>%s</string></edit>\n' "$target"
  printf '    <edit name="weight" mode="assign" binding="strong"><const>bold</const></edit>\n  </match>\n'
}

conf_file=/etc/fonts/conf.d/09-yusuan-cjk-aliases.conf
tmp_conf=$(mktemp)
{
  echo '<?xml version="1.0"?>'
  echo '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
  echo '<!-- yusuan: GB/T 9704 font names used in generated .docx files → installed CJK fonts. -->'
  echo '<fontconfig>'
  for name in 仿宋_GB2312 仿宋 FangSong 宋体 SimSun; do alias_block "$name" 'Noto Serif CJK SC'; done
  # 小标宋 is a heavy Song face: the bold Noto Serif is the nearest installed weight.
  for name in 方正小标宋简体 方正小标宋_GBK; do bold_block "$name" 'Noto Serif CJK SC'; done
  for name in 黑体 SimHei; do alias_block "$name" 'Noto Sans CJK SC'; done
  for name in 楷体_GB2312 楷体 KaiTi; do alias_block "$name" "$kai_family"; done
  echo '</fontconfig>'
} >"$tmp_conf"

if ! cmp -s "$tmp_conf" "$conf_file" 2>/dev/null; then
  "${sudo_cmd[@]}" install -m 0644 "$tmp_conf" "$conf_file"
  "${sudo_cmd[@]}" fc-cache -f >/dev/null 2>&1 || true
  echo "install-pdf-tools: 已写入字体别名 $conf_file"
fi
rm -f "$tmp_conf"

command -v soffice >/dev/null 2>&1 || { echo "install-pdf-tools: 安装后仍找不到 soffice" >&2; exit 1; }
command -v pdfinfo >/dev/null 2>&1 || { echo "install-pdf-tools: 安装后仍找不到 pdfinfo" >&2; exit 1; }
