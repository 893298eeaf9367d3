# bash completion for lisan-query. Installed as
# share/bash-completion/completions/lisan-query, where bash-completion loads
# it the first time the command is completed. Needs only bash's own compgen.
# tests/e2e/install_test.cc checks that it offers every option of --help.

_lisan_query() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=
  [[ $COMP_CWORD -gt 0 ]] && prev=${COMP_WORDS[COMP_CWORD-1]}
  local options="--help --version --db --allow-partial --shard-timeout --lang --exact --fold --names --any --explain --since --until
    --format --limit --all --offset --sort --count --color --fields --bom --csv-raw --manifest
    --kwic --width --facets --facet-limit --timeline --plot
    --collapse --group-by --top --cooccur --spread --matrix --matrix-unit
    --network --window --min-repeats --edge-percentile --seed --graph
    --queries --since-run"
  case $prev in
    --db) COMPREPLY=($(compgen -d -- "$cur")); return ;;
    --plot|--manifest|--queries|--since-run|--graph) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    -f|--format) COMPREPLY=($(compgen -W "text json jsonl csv" -- "$cur")); return ;;
    --sort) COMPREPLY=($(compgen -W "relevance date -date" -- "$cur")); return ;;
    --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
    --timeline|--matrix-unit) COMPREPLY=($(compgen -W "day week month" -- "$cur")); return ;;
    --group-by) COMPREPLY=($(compgen -W "cluster" -- "$cur")); return ;;
    --top|--cooccur|--matrix) COMPREPLY=($(compgen -W "hashtag mention domain author channel" -- "$cur")); return ;;
    --network) COMPREPLY=($(compgen -W "co-link co-domain co-hashtag co-text co-retweet co-forward co-reply" -- "$cur")); return ;;
    --window|--min-repeats|--edge-percentile|--seed) return ;;
    --lang) COMPREPLY=($(compgen -W "ar en nl tr" -- "$cur")); return ;;
    -n|--limit|--offset|--shard-timeout|--width|--facet-limit|--since|--until|--facets|--fields|--spread) return ;;
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
  elif [[ $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=($(compgen -W "show similar info cluster" -- "$cur"))
  fi
}
complete -F _lisan_query lisan-query
