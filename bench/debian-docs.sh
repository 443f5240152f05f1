#!/usr/bin/env bash
# Real translations no rule was tuned on: Debian's FAQ, New Maintainers' Guide and Developer's Reference in English
# and in their Russian translations, as the plain text Debian ships (wrapped at 70 columns, indented, a table of contents without blank
# lines, passages left in English), and the Installation Guide, which Debian ships as HTML pages only
# (bench/html-text.py reads them as plain text, one paragraph per block). Checks each pair as two files and as one file holding both versions, and
# prints `sverka check`'s summary line for each. The Russian FAQ is older than the English and leaves some 580
# sentences untranslated, so most findings are real; read them with `-f html` or `-f jsonl`.
# Installs the seven Debian packages when they are missing (needs root or sudo and Debian's package lists).
# Usage: bench/debian-docs.sh   Inputs and reports go to bench/out/debian-docs; none is committed.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/bench/out/debian-docs"
packages="debian-faq debian-faq-ru maint-guide maint-guide-ru developers-reference developers-reference-ru installation-guide-amd64"

# shellcheck disable=SC2086
if ! dpkg-query -W $packages >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages >/dev/null
fi
# shellcheck disable=SC2086
dpkg-query -W -f='${Package} ${Version}\n' $packages

mkdir -p "$out"
zcat /usr/share/doc/debian/FAQ/debian-faq.en.txt.gz >"$out/faq.en.txt"
zcat /usr/share/doc/debian/FAQ/debian-faq.ru.txt.gz >"$out/faq.ru.txt"
zcat /usr/share/doc/maint-guide/maint-guide.en.txt.gz >"$out/guide.en.txt"
zcat /usr/share/doc/maint-guide-ru/maint-guide.ru.txt.gz >"$out/guide.ru.txt"
zcat /usr/share/developers-reference/developers-reference.txt.gz >"$out/reference.en.txt"
zcat /usr/share/developers-reference/ru/developers-reference.txt.gz >"$out/reference.ru.txt"
# The chapters, then the appendices, in the order of the book.
guide=/usr/share/doc/installation-guide-amd64
for lang in en ru; do
  python3 "$repo/bench/html-text.py" "$guide/$lang"/ch*.html "$guide/$lang"/ap*.html >"$out/install.$lang.txt"
done

dotnet build "$repo/src/Sverka.Cli" -c Release -o "$repo/bench/out/bin" >/dev/null
sverka="$repo/bench/out/bin/sverka"
for doc in faq guide reference install; do
  cat "$out/$doc.en.txt" "$out/$doc.ru.txt" >"$out/$doc.mixed.txt"
  printf '%-9s two files: ' "$doc"
  "$sverka" check "$out/$doc.en.txt" "$out/$doc.ru.txt" -f html -o "$out/$doc.html" >/dev/null
  "$sverka" check "$out/$doc.en.txt" "$out/$doc.ru.txt" | head -n 1
  printf '%-9s one file:  ' "$doc"
  "$sverka" check "$out/$doc.mixed.txt" | head -n 1
done
