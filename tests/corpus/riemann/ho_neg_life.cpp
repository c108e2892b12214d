// expect: none
#include <iostream>
#include <vector>

// Conway's game of life on a torus: neighbours wrap around with modulo.
int main() {
    const int W = 20, H = 10;
    std::vector<std::vector<int>> grid(H, std::vector<int>(W, 0));
    grid[1][2] = grid[2][3] = grid[3][1] = grid[3][2] = grid[3][3] = 1;  // glider
    for (int gen = 0; gen < 30; ++gen) {
        auto next = grid;
        for (int y = 0; y < H; ++y) {
            for (int x = 0; x < W; ++x) {
                int n = 0;
                for (int dy = -1; dy <= 1; ++dy)
                    for (int dx = -1; dx <= 1; ++dx)
                        if (dx || dy) n += grid[(y + dy + H) % H][(x + dx + W) % W];
                next[y][x] = grid[y][x] ? (n == 2 || n == 3) : (n == 3);
            }
        }
        grid.swap(next);
    }
    for (auto& row : grid) {
        for (int c : row) std::cout << (c ? '#' : '.');
        std::cout << '\n';
    }
}
