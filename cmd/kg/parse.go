package main

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/extract/text"
)

type parseOptions struct {
	io     streams
	format string
	path   string
}

func newParseCmd(io streams) *cobra.Command {
	o := &parseOptions{io: io}
	cmd := &cobra.Command{
		Use:   "parse [--format conllu|table] PATH|-",
		Short: "Print the tokens, tags, lemmas and dependency parse of a text",
		Long: `Parse runs kg's text front end and linguistic model over a plain-text file
(or - for stdin) and prints every sentence: CoNLL-U (with "# text" and
"# span" comments giving the byte span in the normalised text) or a table.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.path = args[0]
			return o.run(cmd.Context())
		},
	}
	cmd.Flags().StringVar(&o.format, "format", "conllu", "conllu or table")
	return cmd
}

func (o *parseOptions) run(ctx context.Context) error {
	if o.format != "conllu" && o.format != "table" {
		return fmt.Errorf("unknown format %q (want conllu or table)", o.format)
	}
	raw, err := o.read()
	if err != nil {
		return err
	}
	p, err := nlp.Default()
	if err != nil {
		return err
	}
	doc := text.Normalize(raw)
	for _, s := range text.Split(doc) {
		if err := ctx.Err(); err != nil {
			return err
		}
		forms := make([]string, len(s.Tokens))
		for i, t := range s.Tokens {
			forms[i] = t.Text
		}
		sent := nlp.Sentence{
			Comments: []string{fmt.Sprintf(" sent_id = %d", s.Index+1), " text = " + oneLine(doc[s.Start:s.End]),
				fmt.Sprintf(" span = %d-%d", s.Start, s.End)},
			Words: p.Parse(forms),
		}
		if err := o.write(sent); err != nil {
			return err
		}
	}
	return nil
}

func (o *parseOptions) read() (string, error) {
	s, err := readInput(o.path, o.io.In)
	if err != nil {
		return "", fmt.Errorf("read %s: %w", o.path, err)
	}
	return s, nil
}

func (o *parseOptions) write(s nlp.Sentence) error {
	if o.format == "conllu" {
		return nlp.WriteCoNLLU(o.io.Out, s)
	}
	tw := tabwriter.NewWriter(o.io.Out, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "#%s\nID\tFORM\tLEMMA\tUPOS\tXPOS\tHEAD\tREL\n", s.Comments[1])
	for i, w := range s.Words {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\n", i+1, w.Form, w.Lemma, w.UPOS, w.XPOS, strconv.Itoa(w.Head), w.Rel)
	}
	fmt.Fprintln(tw)
	return tw.Flush()
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

type evalParserOptions struct {
	io         streams
	conllu     string
	exhaustive bool
}

func newEvalParserCmd(io streams) *cobra.Command {
	o := &evalParserOptions{io: io}
	cmd := &cobra.Command{
		Use:   "parser --conllu FILE",
		Short: "Score the tagger, lemmatiser and parser on a CoNLL-U treebank",
		Long: `Parses the gold tokens of FILE with predicted tags and prints UPOS, XPOS and
lemma accuracy, UAS and LAS in percent, punctuation included (CoNLL 2018).
--exhaustive turns off the two speed shortcuts, to measure what they cost
(docs/nlp.md): the parser scores every feature of every configuration
instead of stopping once one transition clearly leads (early exit), and
the taggers score every word, also those with a sure tag.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return o.run() },
	}
	cmd.Flags().StringVar(&o.conllu, "conllu", "", "gold CoNLL-U file")
	cmd.MarkFlagRequired("conllu")
	cmd.Flags().BoolVar(&o.exhaustive, "exhaustive", false, "score every parser feature and tag every word by its features (no early exit, no sure tags)")
	return cmd
}

func (o *evalParserOptions) run() error {
	f, err := os.Open(o.conllu)
	if err != nil {
		return err
	}
	defer f.Close()
	p, err := nlp.Default()
	if err != nil {
		return err
	}
	if o.exhaustive {
		p = p.WithoutEarlyExit().WithoutSureTags()
	}
	sc, err := nlp.Evaluate(p, f)
	if err != nil {
		return fmt.Errorf("%s: %w", o.conllu, err)
	}
	fmt.Fprintln(o.io.Out, sc)
	return nil
}
