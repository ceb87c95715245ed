package store

// AddQuadsIn is AddQuads in transactions of batch quads, for tests.
var AddQuadsIn = (*Store).addQuads

// ImportBatch is the number of quads AddQuads writes in one transaction.
const ImportBatch = importBatch
