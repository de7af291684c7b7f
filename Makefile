# The set-up commands of the README. Each checks the prerequisites first
# (and installs libclang on Debian/Ubuntu when it is missing).
# The demo store is not the default one, so that your own articles, built
# with `argraph build FOLDER`, do not share a graph with the sample.
STORE ?= demo-store

.PHONY: run test install docs prerequisites

## Build the sample article in data/ into ./demo-store and print a report.
run: prerequisites
	cargo run --quiet -- build --store $(STORE) data/
	cargo run --quiet -- summary --store $(STORE) --top 10

## Run every test (unit, rule fixtures, integration on the reference article,
## the README's examples, exports read back by rdflib, networkx and pySHACL).
test: prerequisites
	@scripts/python-checkers.sh >/dev/null
	cargo test

## Put `argraph` on the PATH (~/.cargo/bin). `--debug` is Cargo.toml's one
## profile (dependencies optimised), so RocksDB is not compiled a second time.
install: prerequisites
	cargo install --locked --debug --path .

## Write docs/rules.md again from the rules' docs (tests/docs.rs checks it).
docs: prerequisites
	cargo run --quiet -- rules --format markdown > docs/rules.md

prerequisites:
	@scripts/prerequisites.sh
