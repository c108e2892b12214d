# expect: zeta_zeros
ZEROS = [14.134725141734693, 21.022039638771555, 25.010857580145688,
         30.424876125859513, 32.935061587739189]

gaps = [b - a for a, b in zip(ZEROS, ZEROS[1:])]
print("mean gap", sum(gaps) / len(gaps))
