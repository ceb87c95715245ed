package dep

import (
	"strings"
	"testing"
)

// Hand-written parses in the conventions of UD English EWT (names headed
// by their first word, titles as nmod:desc, "n't" as advmod).
var constructionTests = []struct {
	name   string
	openIE bool
	parse  string
	want   []string
}{
	{"active voice and object-control infinitive", false, `
US US PROPN NNP 2 compound
President President PROPN NNP 3 nmod:desc
Joe Joe PROPN NNP 6 nsubj
Biden Biden PROPN NNP 3 flat
has have AUX VBZ 6 aux
authorized authorize VERB VBN 0 root
Ukraine Ukraine PROPN NNP 6 obj
to to PART TO 9 mark
use use VERB VB 6 xcomp
ATACMS ATACMS PROPN NNP 9 obj
. . PUNCT . 6 punct`, []string{
		"Joe Biden | be | US President",
		"US President Joe Biden | authorize | Ukraine | +to use ATACMS",
		"Ukraine | use | ATACMS",
	}},
	{"passive with agent, graph", false, `
Longer longer ADJ JJR 3 amod
- - PUNCT HYPH 3 punct
range range NOUN NN 4 compound
missiles missile NOUN NNS 6 nsubj:pass
were be AUX VBD 6 aux:pass
supplied supply VERB VBN 0 root
by by ADP IN 8 case
Britain Britain PROPN NNP 6 obl:agent
. . PUNCT . 6 punct`, []string{
		"Britain | supply | Longer - range missiles",
	}},
	{"passive with agent, Open IE", true, `
Longer longer ADJ JJR 3 amod
- - PUNCT HYPH 3 punct
range range NOUN NN 4 compound
missiles missile NOUN NNS 6 nsubj:pass
were be AUX VBD 6 aux:pass
supplied supply VERB VBN 0 root
by by ADP IN 8 case
Britain Britain PROPN NNP 6 obl:agent
. . PUNCT . 6 punct`, []string{
		"Longer - range missiles | were supplied by | Britain",
	}},
	{"passive participle modifying a noun", false, `
Kyiv Kyiv PROPN NNP 2 nsubj
received receive VERB VBD 0 root
missiles missile NOUN NNS 2 obj
supplied supply VERB VBN 3 acl
by by ADP IN 6 case
Britain Britain PROPN NNP 4 obl:agent`, []string{
		"Britain | supply | missiles",
		"Kyiv | receive | missiles supplied by Britain",
	}},
	{"negated passive without agent", false, `
No no DET DT 2 det
decision decision NOUN NN 5 nsubj:pass
has have AUX VBZ 5 aux
been be AUX VBN 5 aux:pass
reached reach VERB VBN 0 root
on on ADP IN 7 case
ATACMS ATACMS PROPN NNP 5 obl
. . PUNCT . 5 punct`, []string{
		"decision | be reached on | ATACMS | neg",
	}},
	{"copula with a prepositional complement", false, `
Peskov Peskov PROPN NNP 4 nsubj
is be AUX VBZ 4 cop
a a DET DT 4 det
spokesperson spokesperson NOUN NN 0 root
for for ADP IN 6 case
Putin Putin PROPN NNP 4 nmod
. . PUNCT . 4 punct`, []string{
		"Peskov | be | spokesperson for Putin",
	}},
	{"linking verb with an adjective", false, `
Lammy Lammy PROPN NNP 4 nsubj
, , PUNCT , 1 punct
however however ADV RB 4 advmod
remained remain VERB VBD 0 root
cautious cautious ADJ JJ 4 xcomp
. . PUNCT . 4 punct`, []string{
		"Lammy | remain | cautious",
	}},
	{"apposition", false, `
Dmitry Dmitry PROPN NNP 10 nsubj
Peskov Peskov PROPN NNP 1 flat
, , PUNCT , 4 punct
spokesperson spokesperson NOUN NN 1 appos
for for ADP IN 8 case
Russian Russian ADJ JJ 7 amod
President President PROPN NNP 8 nmod:desc
Vladimir Vladimir PROPN NNP 4 nmod
Putin Putin PROPN NNP 8 flat
accused accuse VERB VBD 0 root
Washington Washington PROPN NNP 10 obj
. . PUNCT . 10 punct`, []string{
		"Dmitry Peskov | accuse | Washington",
		"Dmitry Peskov | be | spokesperson for Russian President Vladimir Putin",
		"Vladimir Putin | be | Russian President",
	}},
	{"relative clause", false, `
He he PRON PRP 2 nsubj
spoke speak VERB VBD 0 root
with with ADP IN 4 case
commanders commander NOUN NNS 2 obl
, , PUNCT , 7 punct
who who PRON WP 7 nsubj
reported report VERB VBD 4 acl:relcl
a a DET DT 10 det
critical critical ADJ JJ 10 amod
situation situation NOUN NN 7 obj
. . PUNCT . 2 punct`, []string{
		"He | speak with | commanders",
		"commanders | report | critical situation",
	}},
	{"object relative clause", true, `
Keibler Keibler PROPN NNP 2 nsubj
had have VERB VBD 0 root
a a DET DT 4 det
match match NOUN NN 2 obj
, , PUNCT , 8 punct
which which PRON WDT 8 obj
Keibler Keibler PROPN NNP 8 nsubj
lost lose VERB VBD 4 acl:relcl
. . PUNCT . 2 punct`, []string{
		"Keibler | had | a match",
		"Keibler | lost | a match",
	}},
	{"subject-control infinitive", false, `
Zelensky Zelensky PROPN NNP 3 nsubj
does do AUX VBZ 3 aux
wants want VERB VBZ 0 root
to to PART TO 5 mark
join join VERB VB 3 xcomp
NATO NATO PROPN NNP 5 obj`, []string{
		"Zelensky | want to join | NATO",
	}},
	{"reported speech with a phrasal verb", false, `
Zelensky Zelensky PROPN NNP 2 nsubj
said say VERB VBD 0 root
that that SCONJ IN 6 mark
Ukraine Ukraine PROPN NNP 6 nsubj
is be AUX VBZ 6 aux
running run VERB VBG 2 ccomp
out out ADP RP 6 compound:prt
of of ADP IN 9 case
missiles missile NOUN NNS 6 obl
. . PUNCT . 2 punct`, []string{
		"Ukraine | run out of | missiles | by=Zelensky",
		"Zelensky | say | Ukraine is running out of missiles",
	}},
	{"held talks with", false, `
Zelensky Zelensky PROPN NNP 2 nsubj
held hold VERB VBD 0 root
talks talk NOUN NNS 2 obj
with with ADP IN 6 case
world world NOUN NN 6 compound
leaders leader NOUN NNS 2 obl
. . PUNCT . 2 punct`, []string{
		"Zelensky | hold talks with | world leaders",
		"Zelensky | hold | talks | +with world leaders",
	}},
	{"coordinated subjects", false, `
Britain Britain PROPN NNP 6 nsubj
, , PUNCT , 3 punct
France France PROPN NNP 1 conj
and and CCONJ CC 5 cc
Germany Germany PROPN NNP 1 conj
signed sign VERB VBD 0 root
the the DET DT 8 det
agreement agreement NOUN NN 6 obj
. . PUNCT . 6 punct`, []string{
		"Britain | sign | agreement",
		"France | sign | agreement",
		"Germany | sign | agreement",
	}},
	{"coordinated verbs and objects", false, `
They they PRON PRP 2 nsubj
killed kill VERB VBD 0 root
three three NUM CD 5 nummod
Israeli Israeli ADJ JJ 5 amod
soldiers soldier NOUN NNS 2 obj
and and CCONJ CC 7 cc
captured capture VERB VBD 2 conj
two two NUM CD 9 nummod
officers officer NOUN NNS 7 obj
and and CCONJ CC 11 cc
medics medic NOUN NNS 9 conj
. . PUNCT . 2 punct`, []string{
		"They | capture | medics",
		"They | capture | two officers",
		"They | kill | three Israeli soldiers",
	}},
	{"negation and modality", false, `
the the DET DT 2 det
US US PROPN NNP 5 nsubj
does do AUX VBZ 5 aux
not not PART RB 5 advmod
consider consider VERB VB 0 root
NATO NATO PROPN NNP 7 compound
membership membership NOUN NN 5 obj
a a DET DT 11 det
viable viable ADJ JJ 11 amod
security security NOUN NN 11 compound
guarantee guarantee NOUN NN 5 xcomp
. . PUNCT . 5 punct`, []string{
		"US | consider | NATO membership | neg | +a viable security guarantee",
	}},
	{"modal with negation", false, `
Ukraine Ukraine PROPN NNP 4 nsubj
can can AUX MD 4 aux
not not PART RB 4 advmod
produce produce VERB VB 0 root
missiles missile NOUN NNS 4 obj
. . PUNCT . 4 punct`, []string{
		"Ukraine | produce | missiles | neg | can",
	}},
	{"cannot as one word", false, `
Ukraine Ukraine PROPN NNP 3 nsubj
cannot can AUX MD 3 aux
win win VERB VB 0 root
the the DET DT 5 det
war war NOUN NN 3 obj`, []string{
		"Ukraine | win | war | neg | can",
	}},
	{"conditional clause", false, `
if if SCONJ IN 5 mark
guarantees guarantee NOUN NNS 5 nsubj
were be AUX VBD 5 cop
not not PART RB 5 advmod
possible possible ADJ JJ 9 advcl
, , PUNCT , 5 punct
Ukraine Ukraine PROPN NNP 9 nsubj
would would AUX MD 9 aux
ask ask VERB VB 0 root
for for ADP IN 11 case
licences licence NOUN NNS 9 obl`, []string{
		"Ukraine | ask for | licences | would",
		"guarantees | be | possible | neg | if",
	}},
	{"quotation with a speech verb", false, `
" " PUNCT ` + "``" + ` 5 punct
The the DET DT 3 det
missiles missile NOUN NNS 5 nsubj
will will AUX MD 5 aux
speak speak VERB VB 0 root
for for ADP IN 7 case
themselves themselves PRON PRP 5 obl
, , PUNCT , 5 punct
" " PUNCT '' 5 punct
Zelensky Zelensky PROPN NNP 11 nsubj
said say VERB VBD 5 parataxis
. . PUNCT . 5 punct`, []string{
		"Zelensky | say | The missiles will speak for themselves",
		"missiles | speak for | themselves | by=Zelensky",
	}},
	{"negated speech act", false, `
Zelensky Zelensky PROPN NNP 4 nsubj
did do AUX VBD 4 aux
not not PART RB 4 advmod
say say VERB VB 0 root
that that SCONJ IN 8 mark
Ukraine Ukraine PROPN NNP 8 nsubj
would would AUX MD 8 aux
join join VERB VB 4 ccomp
NATO NATO PROPN NNP 8 obj`, []string{
		"Zelensky | say | Ukraine would join NATO | neg",
	}},
	{"content clause the parser labelled relative", false, `
Zelensky Zelensky PROPN NNP 2 nsubj
acknowledged acknowledge VERB VBD 0 root
the the DET DT 4 det
constraint constraint NOUN NN 2 obj
that that PRON WDT 9 mark
entry entry NOUN NN 9 nsubj
can can AUX MD 9 aux
not not PART RB 9 advmod
occur occur VERB VB 4 acl:relcl`, []string{
		"Zelensky | acknowledge | constraint that entry can not occur",
	}},
	{"name in apposition and a that-clause attached as adverbial", false, `
The the DET DT 2 det
president president NOUN NN 7 nsubj
, , PUNCT , 4 punct
Volodymyr Volodymyr PROPN NNP 2 appos
Zelensky Zelensky PROPN NNP 4 flat
, , PUNCT , 2 punct
announced announce VERB VBD 0 root
on on ADP IN 9 case
Monday Monday PROPN NNP 7 obl
that that SCONJ IN 13 mark
Kyiv Kyiv PROPN NNP 13 nsubj
had have AUX VBD 13 aux
initiated initiate VERB VBN 7 advcl
talks talk NOUN NNS 13 obj`, []string{
		"Kyiv | initiate | talks | by=Volodymyr Zelensky",
		"Volodymyr Zelensky | announce | Kyiv had initiated talks | +on Monday",
		"Volodymyr Zelensky | be | president",
	}},
	{"partitive subject", false, `
the the DET DT 2 det
versions version NOUN NNS 5 nsubj
of of ADP IN 4 case
ATACMS ATACMS PROPN NNP 2 nmod
had have VERB VBD 0 root
a a DET DT 7 det
range range NOUN NN 5 obj`, []string{
		"ATACMS | have | range",
	}},
	{"pronoun subject of a clause set beside another", false, `
Ukraine Ukraine PROPN NNP 2 nsubj
seeks seek VERB VBZ 0 root
commitments commitment NOUN NNS 2 obj
; ; PUNCT , 6 punct
it it PRON PRP 6 nsubj
seeks seek VERB VBZ 2 parataxis
assurances assurance NOUN NNS 6 obj`, []string{
		"Ukraine | seek | assurances",
		"Ukraine | seek | commitments",
	}},
	{"participle after an object, set off by a comma", false, `
Biden Biden PROPN NNP 2 nsubj
resisted resist VERB VBD 0 root
such such ADJ JJ 4 amod
calls call NOUN NNS 2 obj
, , PUNCT , 6 punct
citing cite VERB VBG 4 acl
concerns concern NOUN NNS 6 obj
over over SCONJ IN 9 mark
escalating escalate VERB VBG 7 acl
the the DET DT 11 det
war war NOUN NN 9 obj`, []string{
		"Biden | cite | concerns over escalating the war",
		"Biden | resist | such calls",
	}},
	{"subject the parser attached to a fronted phrase", false, `
At at ADP IN 3 case
a a DET DT 3 det
conference conference NOUN NN 9 obl
following follow VERB VBG 3 acl
the the DET DT 6 det
summit summit NOUN NN 4 obj
, , PUNCT , 8 punct
Zelensky Zelensky PROPN NNP 6 appos
addressed address VERB VBD 0 root
questions question NOUN NNS 9 obj`, []string{
		"Zelensky | address | questions | +At a conference following the summit",
		"conference | follow | summit",
	}},
	{"repair: subject of a coordinated verb attached to the clause before", false, `
Kiev Kiev PROPN NNP 3 nsubj
has have AUX VBZ 3 aux
benefited benefit VERB VBN 0 root
from from ADP IN 5 case
missiles missile NOUN NNS 3 obl
supplied supply VERB VBN 5 acl
by by ADP IN 8 case
Britain Britain PROPN NNP 6 obl:agent
, , PUNCT , 11 punct
and and CCONJ CC 11 cc
France France PROPN NNP 8 conj
has have AUX VBZ 13 aux
signaled signal VERB VBN 3 conj
a a DET DT 15 det
willingness willingness NOUN NN 13 obj`, []string{
		"Britain | supply | missiles",
		"France | signal | willingness",
		"Kiev | benefit from | missiles supplied by Britain",
	}},
	{"speech verb with an object set beside a clause", false, `
Kiev Kiev PROPN NNP 2 nsubj
benefited benefit VERB VBD 0 root
from from ADP IN 4 case
missiles missile NOUN NNS 2 obl
, , PUNCT , 8 punct
and and CCONJ CC 8 cc
France France PROPN NNP 8 nsubj
signaled signal VERB VBD 2 parataxis
willingness willingness NOUN NN 8 obj`, []string{
		"France | signal | willingness",
		"Kiev | benefit from | missiles",
	}},
	{"repair: verb with content coordinated inside another's content", false, `
He he PRON PRP 2 nsubj
emphasized emphasize VERB VBD 0 root
that that SCONJ IN 7 mark
details detail NOUN NNS 7 nsubj:pass
can can AUX MD 7 aux
be be AUX VB 7 aux:pass
disclosed disclose VERB VBN 2 ccomp
and and CCONJ CC 9 cc
highlighted highlight VERB VBD 7 conj
that that SCONJ IN 12 mark
talks talk NOUN NNS 12 nsubj
need need VERB VBP 9 ccomp
time time NOUN NN 12 obj`, []string{
		"He | emphasize | details can be disclosed",
		"He | highlight | talks need time",
		"talks | need | time | by=He",
	}},
	{"repair: object of a speech verb right before its content", false, `
He he PRON PRP 2 nsubj
added add VERB VBD 0 root
that that DET DT 4 det
demand demand NOUN NN 2 obj
for for ADP IN 6 case
arms arm NOUN NNS 4 nmod
will will AUX MD 8 aux
remain remain VERB VB 2 ccomp
high high ADJ JJ 8 xcomp`, []string{
		"He | add | demand for arms will remain high",
		"demand | remain | high | by=He",
	}},
	{"repair: subject split in two", false, `
US US PROPN NNP 6 nsubj
and and CCONJ CC 3 cc
allied ally VERB VBN 5 amod
intelligence intelligence NOUN NN 5 compound
assessments assessment NOUN NNS 6 nsubj
indicated indicate VERB VBD 0 root
that that SCONJ IN 10 mark
troops troops NOUN NNS 10 nsubj:pass
were be AUX VBD 10 aux:pass
deployed deploy VERB VBN 6 ccomp
to to ADP IN 12 case
Kursk Kursk PROPN NNP 10 obl`, []string{
		"US and allied intelligence assessments | indicate | troops were deployed to Kursk",
		"troops | be deployed to | Kursk | by=US and allied intelligence assessments",
	}},
	{"repair: object taken for a second subject", false, `
strikes strike NOUN NNS 5 nsubj
using use VERB VBG 1 acl
missiles missile NOUN NNS 5 nsubj
would would AUX MD 5 aux
escalate escalate VERB VB 0 root
the the DET DT 7 det
war war NOUN NN 5 obj`, []string{
		"strikes | escalate | war | would",
		"strikes | use | missiles",
	}},
	{"repair: participle set off by commas", false, `
The the DET DT 2 det
move move NOUN NN 4 nsubj
, , PUNCT , 4 punct
announced announce VERB VBD 0 root
Sunday Sunday PROPN NNP 4 obl:unmarked
, , PUNCT , 7 punct
marks mark VERB VBZ 4 conj
a a DET DT 9 det
departure departure NOUN NN 7 obj`, []string{
		"move | be announced | Sunday",
		"move | mark | departure",
	}},
	{"repair: noun tagged as a bare infinitive", false, `
the the DET DT 2 det
US US PROPN NNP 5 nsubj
does do AUX VBZ 5 aux
not not PART RB 5 advmod
consider consider VERB VB 0 root
NATO NATO PROPN NNP 5 obj
membership membership VERB VB 5 xcomp
a a DET DT 9 det
guarantee guarantee NOUN NN 7 obj`, []string{
		"US | consider | NATO membership | neg | +a guarantee",
	}},
	{"repair: last item of a list attached further back", false, `
They they PRON PRP 2 nsubj
reinforce reinforce VERB VBP 0 root
the the DET DT 4 det
sense sense NOUN NN 2 obj
of of ADP IN 7 case
military military ADJ JJ 7 amod
aid aid NOUN NN 4 nmod
, , PUNCT , 9 punct
training training NOUN NN 7 conj
, , PUNCT , 13 punct
and and CCONJ CC 13 cc
other other ADJ JJ 13 amod
guarantees guarantee NOUN NNS 4 conj`, []string{
		"They | reinforce | sense of military aid , training , and other guarantees",
	}},
	{"repair: main verb taken for a relative clause", false, `
These this DET DT 2 det
missiles missile NOUN NNS 0 root
, , PUNCT , 5 punct
with with ADP IN 5 case
range range NOUN NN 2 nmod
, , PUNCT , 9 punct
were be AUX VBD 9 aux:pass
first first ADV RB 9 advmod
delivered deliver VERB VBN 5 acl:relcl
to to ADP IN 11 case
Ukraine Ukraine PROPN NNP 9 obl`, []string{
		"These missiles | be delivered to | Ukraine",
	}},
	{"repair: only if", false, `
Participation participation NOUN NN 4 nsubj
would would AUX MD 4 aux
be be AUX VB 4 cop
meaningful meaningful ADJ JJ 0 root
only only ADV RB 4 advmod
if if SCONJ IN 8 mark
Kyiv Kyiv PROPN NNP 8 nsubj
receives receive VERB VBZ 4 advcl
signals signal NOUN NNS 8 obj`, []string{
		"Kyiv | receive | signals | if",
		"Participation | be | meaningful | would",
	}},
	{"participle used as a preposition", false, `
Kyiv Kyiv PROPN NNP 2 nsubj
asked ask VERB VBD 0 root
for for ADP IN 4 case
missiles missile NOUN NNS 2 obl
, , PUNCT , 6 punct
given give VERB VBN 2 advcl
the the DET DT 8 det
risks risk NOUN NNS 6 obj`, []string{
		"Kyiv | ask for | missiles",
	}},
	{"not only ... but also asserts", false, `
The the DET DT 2 det
alliance alliance NOUN NN 5 nsubj
not not PART RB 5 advmod
only only ADV RB 5 advmod
supplied supply VERB VBD 0 root
missiles missile NOUN NNS 5 obj
but but CCONJ CC 9 cc
also also ADV RB 9 advmod
trained train VERB VBD 5 conj
troops troops NOUN NNS 9 obj`, []string{
		"alliance | supply | missiles",
		"alliance | train | troops",
	}},
	{"copula over an infinitive, graph", false, `
The the DET DT 2 det
deal deal NOUN NN 5 nsubj
is be AUX VBZ 5 cop
to to PART TO 5 mark
cost cost VERB VB 0 root
$ $ SYM $ 5 obj
11.5bn 11.5bn NUM CD 6 nummod
. . PUNCT . 5 punct`, []string{
		"deal | be to cost | $ 11.5bn",
	}},
	{"copula over an infinitive, Open IE", true, `
The the DET DT 2 det
goals goal NOUN NNS 7 nsubj
of of ADP IN 4 case
ETA ETA PROPN NNP 2 nmod
are be AUX VBP 7 cop
to to PART TO 7 mark
force force VERB VB 0 root
the the DET DT 9 det
creation creation NOUN NN 7 obj
. . PUNCT . 7 punct`, []string{
		"The goals of ETA | are to force | the creation",
	}},
	{"copula over an infinitive whose subject names an aim", false, `
The the DET DT 2 det
goals goal NOUN NNS 7 nsubj
of of ADP IN 4 case
ETA ETA PROPN NNP 2 nmod
are be AUX VBP 7 cop
to to PART TO 7 mark
force force VERB VB 0 root
the the DET DT 9 det
creation creation NOUN NN 7 obj
, , PUNCT , 14 punct
and and CCONJ CC 14 cc
the the DET DT 13 det
police police NOUN NN 14 nsubj
arrested arrest VERB VBD 7 conj
members member NOUN NNS 14 obj
. . PUNCT . 7 punct`, []string{
		"police | arrest | members",
	}},
	{"copula over an infinitive with a finite conjunct", false, `
The the DET DT 2 det
deal deal NOUN NN 5 nsubj
is be AUX VBZ 5 cop
to to PART TO 5 mark
cost cost VERB VB 0 root
billions billion NOUN NNS 5 obj
and and CCONJ CC 9 cc
will will AUX MD 9 aux
lead lead VERB VB 5 conj
to to ADP IN 11 case
mergers merger NOUN NNS 9 obl
. . PUNCT . 5 punct`, []string{
		"deal | be to cost | billions",
		"deal | lead to | mergers",
	}},
	{"copula over a clause", false, `
The the DET DT 4 det
two two NUM CD 4 nummod
key key ADJ JJ 4 amod
issues issue NOUN NNS 10 nsubj
were be AUX VBD 10 cop
whether whether SCONJ IN 10 mark
the the DET DT 9 det
military military ADJ JJ 9 amod
plan plan NOUN NN 10 nsubj
worked work VERB VBD 0 root
. . PUNCT . 10 punct`, nil},
	{"copula over a participle used as an adjective", false, `
The the DET DT 2 det
talks talk NOUN NNS 5 nsubj
had have AUX VBD 5 aux
been be AUX VBN 5 cop
disappointing disappoint VERB VBG 0 root
. . PUNCT . 5 punct`, []string{
		"talks | be | disappointing",
	}},
	{"copula whose to is its own: a noun tagged as a verb", false, `
The the DET DT 3 det
major major ADJ JJ 3 amod
reasons reason NOUN NNS 4 nsubj
appear appear VERB VBP 0 root
to to PART TO 7 mark
be be AUX VB 7 cop
worry worry VERB VB 4 xcomp
over over ADP IN 10 case
the the DET DT 10 det
expansion expansion NOUN NN 7 obl
. . PUNCT . 4 punct`, []string{
		"major reasons | appear to be | worry | +over the expansion",
	}},
	{"copula over a bare verb", false, `
The the DET DT 3 det
Chinese chinese ADJ JJ 3 amod
strategy strategy NOUN NN 6 nsubj
is be AUX VBZ 6 cop
always always ADV RB 6 advmod
divide divide VERB VB 0 root
and and CCONJ CC 8 cc
conquer conquer VERB VB 6 conj
. . PUNCT . 6 punct`, nil},
	{"apposition of a date: a citation", false, `
Reporters reporter NOUN NNS 2 nsubj
call call VERB VBP 0 root
for for ADP IN 4 case
release release NOUN NN 2 obl
, , PUNCT , 6 punct
WikiNews WikiNews PROPN NNP 4 nmod
, , PUNCT , 8 punct
April April PROPN NNP 6 appos
25 25 NUM CD 8 nummod
, , PUNCT , 11 punct
2005 2005 NUM CD 8 nmod:unmarked`, []string{
		"Reporters | call for | release , WikiNews , April 25 , 2005",
	}},
	{"apposition of an age stays", false, `
Pearl Pearl PROPN NNP 6 nsubj
Ryner Ryner PROPN NNP 1 flat
, , PUNCT , 4 punct
40 40 NUM CD 1 appos
, , PUNCT , 4 punct
left leave VERB VBD 0 root
. . PUNCT . 6 punct`, []string{
		"Pearl Ryner | be | 40",
	}},
	{"title: not a time word", false, `
They they PRON PRP 2 nsubj
studied study VERB VBD 0 root
present present ADJ JJ 5 amod
- - PUNCT HYPH 5 punct
day day NOUN NN 6 compound
Palestinians Palestinians PROPN NNPS 2 obj
. . PUNCT . 2 punct`, []string{
		"They | study | present - day Palestinians",
	}},
	{"title: without the conjunction before it", false, `
Blair Blair PROPN NNP 2 nsubj
met meet VERB VBD 0 root
Adams Adams PROPN NNP 2 obj
and and CCONJ CC 7 cc
the the DET DT 7 det
unionist unionist NOUN NN 7 compound
Paisley Paisley PROPN NNP 3 conj
. . PUNCT . 2 punct`, []string{
		"Blair | meet | Adams",
		"Blair | meet | unionist Paisley",
		"Paisley | be | unionist",
	}},
	{"title: an adverb before a hyphen stays", false, `
Israel Israel PROPN NNP 2 nsubj
cut cut VERB VBD 0 root
links link NOUN NNS 2 obj
with with ADP IN 10 case
the the DET DT 10 det
newly newly ADV RB 8 advmod
- - PUNCT HYPH 8 punct
elected elect VERB VBN 9 amod
leader leader NOUN NN 10 compound
Abbas Abbas PROPN NNP 2 obl
. . PUNCT . 2 punct`, []string{
		"Abbas | be | newly - elected leader",
		"Israel | cut links with | newly - elected leader Abbas",
		"Israel | cut | links | +with the newly - elected leader Abbas",
	}},
	{"title: a list marker is none", false, `
They they PRON PRP 2 nsubj
thanked thank VERB VBD 0 root
# # SYM NN 4 nmod:desc
Tony Tony PROPN NNP 2 obj
Ryan Ryan PROPN NNP 4 flat
. . PUNCT . 2 punct`, []string{
		"They | thank | # Tony Ryan",
	}},
	{"apposition: an acronym in brackets is another name, not a be", false, `
The the DET DT 4 det
Social Social ADJ NNP 4 amod
Democratic Democratic ADJ NNP 4 amod
Party Party PROPN NNP 8 nsubj
( ( PUNCT -LRB- 6 punct
PSD PSD PROPN NNP 4 appos
) ) PUNCT -RRB- 6 punct
won win VERB VBD 0 root
the the DET DT 10 det
election election NOUN NN 8 obj
. . PUNCT . 8 punct`, []string{
		"Social Democratic Party | win | election",
	}},
	{"subject: an example of a noun inside it is not a subject", false, `
Spain Spain PROPN NNP 3 nmod:poss
's 's PART POS 1 case
adherence adherence NOUN NN 14 nsubj
to to ADP IN 5 case
dictates dictate NOUN NNS 3 nmod
, , PUNCT , 9 punct
such such ADJ JJ 9 case
as as ADP IN 7 fixed
objection objection NOUN NN 3 conj
to to ADP IN 11 case
contraception contraception NOUN NN 9 nmod
, , PUNCT , 9 punct
is be AUX VBZ 14 cop
low low ADJ JJ 0 root
. . PUNCT . 14 punct`, []string{
		"Spain 's adherence | be | low",
	}},
}

func TestConstructions(t *testing.T) {
	for _, tc := range constructionTests {
		t.Run(strings.ReplaceAll(tc.name, " ", "_"), func(t *testing.T) {
			s := parsed(t, tc.parse)
			got := extractShown(t, Extractor{OpenIE: tc.openIE}, s)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("%s\n got %q\nwant %q", s.Text, got, tc.want)
			}
		})
	}
}
