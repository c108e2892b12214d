// expect: none
public class H2NegLife {
    private boolean[][] grid;
    private final int rows, cols;

    public H2NegLife(int rows, int cols) {
        this.rows = rows;
        this.cols = cols;
        grid = new boolean[rows][cols];
    }

    int neighbours(int r, int c) {
        int n = 0;
        for (int dr = -1; dr <= 1; dr++)
            for (int dc = -1; dc <= 1; dc++) {
                if (dr == 0 && dc == 0) continue;
                if (grid[(r + dr + rows) % rows][(c + dc + cols) % cols]) n++;
            }
        return n;
    }

    void tick() {
        boolean[][] next = new boolean[rows][cols];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) {
                int n = neighbours(r, c);
                next[r][c] = n == 3 || (grid[r][c] && n == 2);
            }
        grid = next;
    }

    public static void main(String[] args) {
        H2NegLife life = new H2NegLife(20, 20);
        life.grid[1][2] = life.grid[2][3] = life.grid[3][1] = life.grid[3][2] = life.grid[3][3] = true;
        for (int i = 0; i < 40; i++) life.tick();
    }
}
