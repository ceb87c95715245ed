package perceptron

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
	mixMul    = 0x9E3779B97F4A7C15
)

// Hash returns the 64-bit FNV-1a hash of s. It is stable across processes
// and platforms, so feature keys learned in training match at run time.
func Hash(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// Mix folds v into the running feature hash h.
func Mix(h, v uint64) uint64 {
	h ^= v + mixMul + (h << 6) + (h >> 2)
	h *= 0xff51afd7ed558ccd
	return h ^ (h >> 33)
}

// Feat returns the key of the feature made of template t and atoms vs.
func Feat(t uint64, vs ...uint64) uint64 {
	h := Mix(mixMul, t)
	for _, v := range vs {
		h = Mix(h, v)
	}
	return h
}

// F1, F2 and F3 are allocation-free forms of Feat for one to three atoms.
func F1(t, a uint64) uint64       { return Mix(Mix(mixMul, t), a) }
func F2(t, a, b uint64) uint64    { return Mix(Mix(Mix(mixMul, t), a), b) }
func F3(t, a, b, c uint64) uint64 { return Mix(Mix(Mix(Mix(mixMul, t), a), b), c) }

// key32 reduces a 64-bit feature hash to the nonzero 32-bit key used by
// compiled models.
func key32(f uint64) uint32 {
	k := uint32(f>>32) ^ uint32(f)
	if k == 0 {
		k = 1
	}
	return k
}
