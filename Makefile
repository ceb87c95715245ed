# kg: build, test and benchmark. `make run` and `make test` are the README's
# two commands; both work on a fresh machine with Go and make.

GO      ?= go
DB      ?= kg.db
KG      := bin/kg
SHARED  ?= ../shared

.PHONY: run test vet bench model build clean fuzz

# FUZZTIME bounds each fuzz target of `make fuzz`.
FUZZTIME ?= 30s

build:
	$(GO) build -o $(KG) ./cmd/kg

# Build the seed articles into the default store and render the graph.
run: build
	$(KG) --db $(DB) build data/articles
	@mkdir -p out
	$(KG) --db $(DB) export --format svg -o out/graph.svg
	$(KG) --db $(DB) export --format jsonld -o out/graph.jsonld
	@echo "wrote out/graph.svg and out/graph.jsonld; try: $(KG) --db $(DB) statements"

vet:
	$(GO) vet ./...

test: vet
	$(GO) test -count=1 ./...

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# Run every fuzz target for FUZZTIME each; new crashers land in the
# package's testdata/fuzz and become regression tests.
fuzz:
	@for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg 2>/dev/null | grep '^Fuzz'); do \
	    echo "fuzz $$pkg $$f"; \
	    $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
	  done; \
	done

# Retrain the tagger, lemmatiser and parser from UD English EWT.
model:
	$(GO) run ./extract/nlp/train -treebank $(SHARED)/treebanks/UD_English-EWT -out extract/nlp/model/en_ewt.kgm.gz

clean:
	rm -rf bin out $(DB)
