# The two set-up commands of the README. Both check the prerequisites first
# (and install libclang on Debian/Ubuntu when it is missing).
STORE ?= argraph-store

.PHONY: run test prerequisites

## Build the sample article in data/ into ./argraph-store and print a report.
run: prerequisites
	cargo run --quiet -- build --store $(STORE) data/
	cargo run --quiet -- summary --store $(STORE) --top 10

## Run every test (unit, rule fixtures, integration on the reference article,
## exports read back by rdflib, networkx and pySHACL).
test: prerequisites
	@scripts/python-checkers.sh >/dev/null
	cargo test

prerequisites:
	@scripts/prerequisites.sh
