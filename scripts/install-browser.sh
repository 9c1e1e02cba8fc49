#!/usr/bin/env bash
# Installs the Chromium the browser tests of `yusuan serve` drive (tests/serve, through playwright-core):
# Debian/Ubuntu's `chromium` package at /usr/bin/chromium. Idempotent and quick when it is already there;
# safe to run as root in CI. Elsewhere set YUSUAN_CHROMIUM to any Chromium or Chrome executable instead.
set -euo pipefail

if [ -n "${YUSUAN_CHROMIUM:-}" ] && [ -x "${YUSUAN_CHROMIUM}" ]; then
  echo "install-browser: 使用 YUSUAN_CHROMIUM=${YUSUAN_CHROMIUM}"
  exit 0
fi
if [ -x /usr/bin/chromium ]; then
  echo "install-browser: 已安装 $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-browser: 本机没有 apt-get；请自行安装 Chromium，并设置 YUSUAN_CHROMIUM=<可执行文件路径>。" >&2
  exit 1
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo_cmd=(sudo); else
    echo "install-browser: 需要 root 权限（或 sudo）来安装 chromium。" >&2
    exit 1
  fi
fi

echo "install-browser: 安装 chromium 和中文字体（apt-get）"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
# Ubuntu's `chromium` is a snap wrapper that does not run headless in CI; Debian's is the real browser.
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
echo "install-browser: 已安装 $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
