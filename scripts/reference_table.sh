#!/bin/sh
# Rebuilds ontology/rules/reference_frequencies.tsv (see ontology/rules/README.md)
# from jieba's dictionary and the shared ChinaXiv papers. Run from the
# repository's root with ../shared present.
set -eu
dict=$(cargo metadata --format-version 1 | python3 -c '
import json, os, sys
meta = json.load(sys.stdin)
jieba = next(p for p in meta["packages"] if p["name"] == "jieba-rs")
print(os.path.join(os.path.dirname(jieba["manifest_path"]), "src", "data", "dict.txt"))')
cargo run --quiet --example reference_table -- "$dict" ../shared/corpus/chinaxiv \
    tests/gold/concepts_dev.tsv tests/gold/concepts.tsv > ontology/rules/reference_frequencies.tsv
wc -l ontology/rules/reference_frequencies.tsv
