// Package input reads news articles from files, directories and standard
// input for kg build and kg extract. It yields articles with their raw
// text; it does not normalise, split or extract anything.
//
// # Paths
//
// [Read] takes paths in the order given. A path is a file, a directory or
// "-" for standard input:
//
//   - A file is read in the format its extension names (see below), ignoring
//     case. A file with another extension is read as plain text.
//   - A directory is walked recursively, depth first, the entries of each
//     directory in lexical order of their names (the order of
//     filepath.WalkDir). Only files with the extensions below are read.
//     Files and directories whose names start with '.' are skipped.
//     Symbolic links to files are read; symbolic links to directories are
//     not followed, so walks never loop and never visit a tree twice.
//     Other special files are skipped.
//   - "-" reads standard input ([Options.Stdin]) once. If its first byte
//     other than white space and a UTF-8 byte order mark is '{', it is read
//     as JSON lines, else as one plain-text article with ID "stdin".
//
// # Formats
//
//   - .txt: the whole file is one article; its text is the file's content.
//   - .md, .markdown: the whole file is one article, converted to plain
//     text: a leading YAML front matter block ("---" lines) is dropped;
//     headings (ATX "# x" and setext) lose their markers and become
//     paragraphs of their own; if the first block is a level-1 heading, its
//     text is also the Title; fenced code blocks, link reference
//     definitions, table delimiter rows, thematic breaks and HTML comments
//     are dropped; blockquote and list markers are removed, each list item
//     and table row is a line (table cells are separated by tabs); links
//     "[text](url)" and "[text][ref]" become text; images and footnote
//     references are dropped; autolinks "<https://x>" become the address;
//     HTML tags are dropped, their content kept; code spans keep their
//     content; emphasis and strikethrough markers (*, _, **, __, ~~) are
//     removed where they open or close emphasis ('_' inside words and lone
//     '*' between spaces are kept); backslash escapes and character
//     references (&amp;) are resolved. Indented code blocks are kept as
//     text. Paragraphs are separated by one blank line, and lines within a
//     paragraph keep their line breaks.
//   - .html, .htm: the main text of the page, found by go-trafilatura
//     (without network access, without comments); blocks become paragraphs
//     separated by a blank line, list items and table rows become lines.
//     Title, Date and URL come from the page's metadata when present. A
//     page that is not valid UTF-8 is decoded by its declared charset, or
//     as windows-1252 when it declares none, as browsers do. Elements
//     nested more than 512 deep lose their tags and keep their text, as in
//     browsers, since parsing takes time quadratic in the depth.
//   - .jsonl, and .jsonl.gz compressed with gzip: one article per line, a
//     JSON object with the string fields "id", "title", "text", "date" and
//     "url" (names match case-insensitively, as in encoding/json); other
//     fields are ignored and null counts as absent. "id" and "text" are
//     required and must not be blank. "date" must be YYYY-MM-DD or an RFC
//     3339 time, whose date part is kept. Blank lines are skipped. Lines
//     may have any length up to [Options.MaxArticleBytes].
//
// A UTF-8 byte order mark is dropped, and a file that starts with a UTF-16
// byte order mark is converted to UTF-8. All other input must be UTF-8
// (except HTML, as said above).
//
// # Errors
//
// A problem with one input is yielded as an [*Error] carrying the path, a
// line number when the problem is on one line and a byte offset when one
// byte is at fault, and reading goes on with the next line or input.
// Its Err wraps one of the Err* values or a file-system error, so callers
// can test it with errors.Is:
//
//   - a path that does not exist or cannot be read (fs.ErrNotExist,
//     fs.ErrPermission, ...); a directory that cannot be listed is reported
//     and the entries that could be listed are still read;
//   - [ErrBinary]: the first 8 KiB contain a NUL byte, or more than a tenth
//     of them are control characters (UTF-16 without a byte order mark is
//     binary by this rule);
//   - [ErrInvalidUTF8]: the line and the offset of the first byte that is
//     not valid UTF-8;
//   - [ErrEmpty]: a file with nothing but white space, or a JSON-lines file
//     with no line that is not blank;
//   - [ErrNoText]: a Markdown or HTML file with no text after conversion;
//   - [ErrTooLarge]: a single-article file, or a JSON line, longer than
//     [Options.MaxArticleBytes]; the other lines go on. The message gives
//     the size and the limit, named by [Options.MaxArticleBytesName]:
//     "article too large: 17,000,000 bytes exceeds --max-article-bytes
//     (16777216)". A regular file is refused by its size before anything
//     is read; a JSON line is read through without being kept, to count
//     it; standard input, or another file that is not a regular file, is
//     "more than" the limit, read no further than one byte past it;
//   - [ErrMalformedJSON], [ErrMissingField], [ErrBadField]: a JSON line that
//     does not parse, is not an object, lacks "id" or "text", or has a field
//     of the wrong type or a bad date;
//   - [ErrCorruptGzip]: a .jsonl.gz file that is not gzip or is truncated or
//     corrupt; the articles on lines before the fault are still yielded, and
//     the error carries the number of the line being read;
//   - [ErrDuplicateID]: an article whose ID an earlier article of the same
//     Read had; the later article is not yielded, and the message names
//     where the first came from;
//   - [ErrStdinReused]: "-" given more than once.
//
// # Files that change
//
// A directory is listed once, before its entries are read, and each file
// is opened once and read from its start up to the size it had when it
// was opened: what is appended meanwhile is not read (a file written
// faster than it is read would otherwise never end). What was read is the
// article: a file truncated or rewritten meanwhile gives the text read,
// which may be empty ([ErrEmpty]) or, for JSON lines, end in a partial
// line ([ErrMalformedJSON]); a file removed after the listing gives
// fs.ErrNotExist. Nothing is read twice, and nothing is retried.
//
// Read is streaming: it holds one single-article file, or one JSON line,
// in memory at a time, plus the set of IDs seen.
package input
