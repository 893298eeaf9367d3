# bash completion for lisan-index. Installed as
# share/bash-completion/completions/lisan-index, where bash-completion loads
# it the first time the command is completed. Needs only bash's own compgen.
# tests/e2e/install_test.cc checks that it offers every option of --help.

_lisan_index() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=
  [[ $COMP_CWORD -gt 0 ]] && prev=${COMP_WORDS[COMP_CWORD-1]}
  local options="--help --version --format --encoding --lang-from-dir --skip-service
    --map --date-format --tz --db --shards --delete --force --no-compact --commit-every --jobs
    --rejects --quiet"
  [[ " ${COMP_WORDS[*]} " == *" merge "* ]] && options="--into"
  case $prev in
    --db|--into) COMPREPLY=($(compgen -d -- "$cur")); return ;;
    --rejects) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    --format)
      COMPREPLY=($(compgen -W "auto telegram twitter x 4cat tcat ndjson txt telegram-json telegram-html
        twitter-archive twitter-archive-notes twarc2 twarc2-flat twitter-v1 snscrape-twitter snscrape-telegram
        4cat-telegram telegram-tracker jsonl html 4cat-telegram-csv 4cat-twitter-csv dmi-tcat twarc-csv
        telegram-tracker-csv csv text" -- "$cur"))
      return ;;
    --encoding) COMPREPLY=($(compgen -W "utf-8 cp1252 cp1254 cp1256 iso-8859-1 iso-8859-6 iso-8859-9" -- "$cur")); return ;;
    --tz)
      local zones=
      [[ -d /usr/share/zoneinfo ]] && zones=$(cd /usr/share/zoneinfo && compgen -f -- "$cur")
      COMPREPLY=($zones)
      return ;;
    -j|--jobs|--shards|--commit-every|--map|--date-format|--delete) return ;;
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
    [[ ${COMP_WORDS[COMP_CWORD-1]} != -* ]] && COMPREPLY+=($(compgen -W "info merge" -- "$cur"))
  fi
}
complete -o filenames -F _lisan_index lisan-index
