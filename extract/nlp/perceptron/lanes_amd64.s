//go:build !purego

#include "textflag.h"

// func addLanes4AVX2(acc, r0, r1, r2, r3 *uint64, words int)
// acc[i] += r0[i] + r1[i] + r2[i] + r3[i] for i < words (a multiple of 4).
TEXT ·addLanes4AVX2(SB), NOSPLIT, $0-48
	MOVQ acc+0(FP), DI
	MOVQ r0+8(FP), AX
	MOVQ r1+16(FP), BX
	MOVQ r2+24(FP), CX
	MOVQ r3+32(FP), DX
	MOVQ words+40(FP), SI
	SHLQ $3, SI
	XORQ R8, R8

loop4:
	CMPQ R8, SI
	JAE  done4
	VMOVDQU (AX)(R8*1), Y0
	VMOVDQU (CX)(R8*1), Y1
	VPADDQ  (BX)(R8*1), Y0, Y0
	VPADDQ  (DX)(R8*1), Y1, Y1
	VPADDQ  (DI)(R8*1), Y0, Y0
	VPADDQ  Y1, Y0, Y0
	VMOVDQU Y0, (DI)(R8*1)
	ADDQ    $32, R8
	JMP     loop4

done4:
	VZEROUPPER
	RET

// func addLanes1AVX2(acc, r *uint64, words int)
// acc[i] += r[i] for i < words (a multiple of 4).
TEXT ·addLanes1AVX2(SB), NOSPLIT, $0-24
	MOVQ acc+0(FP), DI
	MOVQ r+8(FP), AX
	MOVQ words+16(FP), SI
	SHLQ $3, SI
	XORQ R8, R8

loop1:
	CMPQ R8, SI
	JAE  done1
	VMOVDQU (AX)(R8*1), Y0
	VPADDQ  (DI)(R8*1), Y0, Y0
	VMOVDQU Y0, (DI)(R8*1)
	ADDQ    $32, R8
	JMP     loop1

done1:
	VZEROUPPER
	RET
