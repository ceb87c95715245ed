package store

// AddQuadsIn is AddQuads in transactions of batch quads, for tests.
var AddQuadsIn = (*Store).addQuads

// ImportBatch is the number of quads AddQuads writes in one transaction.
const ImportBatch = importBatch

// SetBeforeDelete makes s call f between its check for orphaned entities
// and the delete, for tests of concurrent writers.
func SetBeforeDelete(s *Store, f func()) { s.beforeDelete = f }
