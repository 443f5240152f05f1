#!/bin/sh
# Rebuilds en-ru.lex.gz from the English-Russian dictionaries Debian packages for dictd.
# Run from anywhere; installing the packages needs root (or sudo) the first time.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
dictd=/usr/share/dictd

if [ ! -f "$dictd/mueller7.index" ] || [ ! -f "$dictd/freedict-eng-rus.index" ]; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo=sudo
    fi
    $sudo apt-get update
    $sudo apt-get install -y mueller7-dict dict-freedict-eng-rus
fi

# The README records the package versions the committed file was built from.
dpkg-query -W -f='${Package} ${Version}\n' mueller7-dict dict-freedict-eng-rus

cd "$root"
dotnet run --project src/Sverka.Cli -- lexicon build --output data/lexicons/en-ru.lex.gz \
    "$dictd/mueller7" "$dictd/freedict-eng-rus"
