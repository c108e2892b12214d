#include <cstddef>

int checksum(const unsigned char *data, std::size_t n) {
    int *table = new int[256];
    int sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sum += table[data[i]];
    }
    // ruleid: cpp.new-array-delete
    delete table;
    return sum;
}

int checksum_fixed(const unsigned char *data, std::size_t n) {
    int *table = new int[256];
    int sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sum += table[data[i]];
    }
    // ok: cpp.new-array-delete
    delete[] table;
    return sum;
}
