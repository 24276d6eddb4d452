#!/usr/bin/env bash
# Packs ChronoMid.Core into artifacts/packages under a fresh prerelease version, then builds and runs this
# sample against that package (not against the source), as a consumer of the package would.
#
#   samples/ChronoMid.PackageSample/run.sh
#
# A new version on every run means the NuGet global cache (~/.nuget/packages) never serves an older pack.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
packages="$repo/artifacts/packages"
version="0.1.0-local.$(date +%s)"

echo "== packing ChronoMid.Core $version into $packages"
# Earlier local packs are never used again; the NuGet global cache keeps its own copies of those it restored.
rm -f "$packages"/ChronoMid.Core.*-local.*.nupkg "$packages"/ChronoMid.Core.*-local.*.snupkg
dotnet pack "$repo/src/ChronoMid.Core" -c Release -o "$packages" -p:Version="$version" --nologo -v quiet

echo "== building the sample against ChronoMid.Core $version"
dotnet build "$here" -c Release -p:ChronoMidVersion="$version" --nologo -v quiet

native="$(find "$here/bin/Release" -name libLibTorchSharp.so -print -quit)"
if [[ -n "$native" ]] && command -v readelf > /dev/null; then
    echo "== version need of $native on GLIBCXX_3.4.32"
    readelf -V "$native" | grep GLIBCXX_3.4.32 || echo "(no GLIBCXX_3.4.32 need)"
fi

echo "== running"
dotnet run --project "$here" -c Release -p:ChronoMidVersion="$version" --no-build
