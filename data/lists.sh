# Sourced by refresh.sh and diff.sh: the options naming newer official lists, made absolute before the scripts change
# folder, in LISTS. `--sdk-zh 3.1.1436` (a version, not a path) is the Chinese SDK's sources jar of that release on
# Maven Central, fetched once into target/official-lists/ and checked against its published SHA-1.
official_lists() {
  LISTS=()
  while (( $# )); do
    case "$1" in
      --sdk-zh|--sdk-en|--sdk-go|--feed)
        if (( $# < 2 )); then echo "$1 needs a value" >&2; return 2; fi
        if [[ "$1" == --sdk-zh && "$2" =~ ^[0-9]+(\.[0-9]+)+$ ]]; then
          LISTS+=("$1" "$(sdk_zh_jar "$2")") || return 1
        else
          LISTS+=("$1" "$(realpath -m -- "$2")")
        fi
        shift 2 ;;
      *) LISTS+=("$1"); shift ;;
    esac
  done
}

# The path of the Chinese SDK's sources jar of a release, fetched from Maven Central unless already here.
sdk_zh_jar() {
  local version="$1" root folder name url
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  folder="$root/target/official-lists"
  name="tencentcloud-sdk-java-$version-sources.jar"
  url="${MAVEN_CENTRAL:-https://repo.maven.apache.org/maven2}/com/tencentcloudapi/tencentcloud-sdk-java/$version/$name"
  if [[ ! -f "$folder/$name" ]]; then
    mkdir -p "$folder"
    echo "fetching $url" >&2
    curl -fsSL -o "$folder/$name.part" "$url" || { echo "cannot fetch $url" >&2; return 1; }
    local want got
    want="$(curl -fsSL "$url.sha1" | cut -c1-40)" || { echo "cannot fetch $url.sha1" >&2; return 1; }
    got="$(sha1sum "$folder/$name.part" | cut -c1-40)"
    if [[ "$want" != "$got" ]]; then
      echo "$name: SHA-1 $got, Maven Central publishes $want" >&2
      rm -f "$folder/$name.part"
      return 1
    fi
    mv "$folder/$name.part" "$folder/$name"
  fi
  echo "$folder/$name"
}

# The arguments as one exec.args string: each quoted, so a path with a space stays one argument.
exec_args() {
  local out="" a
  for a in "$@"; do
    if [[ "$a" == *"'"* ]]; then echo "a path with a ' cannot be passed: $a" >&2; return 2; fi
    out+="'$a' "
  done
  printf '%s' "$out"
}
