#!/bin/sh
# Rebuilds the lexicons from the bilingual dictionaries Debian packages for dictd:
#   en-ru.lex.gz from Mueller's English-Russian dictionary and FreeDict's eng-rus,
#   de-fr.lex.gz from FreeDict's (WikDict's) deu-fra and fra-deu,
#   is-en.lex.gz from FreeDict's isl-eng.
# Run from anywhere; installing the packages needs root (or sudo) the first time.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
dictd=/usr/share/dictd
packages="mueller7-dict dict-freedict-eng-rus dict-freedict-deu-fra dict-freedict-fra-deu dict-freedict-isl-eng"

for dictionary in mueller7 freedict-eng-rus freedict-deu-fra freedict-fra-deu freedict-isl-eng; do
    if [ ! -f "$dictd/$dictionary.index" ]; then
        sudo=""
        if [ "$(id -u)" -ne 0 ]; then
            sudo=sudo
        fi
        $sudo apt-get update
        # shellcheck disable=SC2086
        $sudo apt-get install -y $packages
        break
    fi
done

# The README records the package versions the committed files were built from.
# shellcheck disable=SC2086
dpkg-query -W -f='${Package} ${Version}\n' $packages

cd "$root"
dotnet build src/Sverka.Cli -c Release -o "$root/bench/out/lexicon-build" >/dev/null
sverka="$root/bench/out/lexicon-build/sverka"
"$sverka" lexicon build --output data/lexicons/en-ru.lex.gz "$dictd/mueller7" "$dictd/freedict-eng-rus" data/lexicons/en-ru.supplement.txt
"$sverka" lexicon build --output data/lexicons/de-fr.lex.gz "$dictd/freedict-deu-fra" "$dictd/freedict-fra-deu"
"$sverka" lexicon build --output data/lexicons/is-en.lex.gz "$dictd/freedict-isl-eng"
