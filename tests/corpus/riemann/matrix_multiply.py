# expect: none
def matmul(a, b):
    rows, cols, inner = len(a), len(b[0]), len(b)
    return [[sum(a[i][k] * b[k][j] for k in range(inner)) for j in range(cols)] for i in range(rows)]

print(matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
