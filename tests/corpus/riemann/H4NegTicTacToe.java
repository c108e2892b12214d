// expect: none
import java.util.Random;

public class H4NegTicTacToe {
    static final int[][] LINES = {{0,1,2},{3,4,5},{6,7,8},{0,3,6},{1,4,7},{2,5,8},{0,4,8},{2,4,6}};

    static char winner(char[] b) {
        for (int[] l : LINES) if (b[l[0]] != '.' && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]]) return b[l[0]];
        return 0;
    }

    public static void main(String[] args) {
        Random rnd = new Random(42);
        char[] board = ".........".toCharArray();
        for (int move = 0; move < 9 && winner(board) == 0; move++) {
            int cell;
            do { cell = rnd.nextInt(9); } while (board[cell] != '.');
            board[cell] = move % 2 == 0 ? 'X' : 'O';
        }
        for (int i = 0; i < 9; i++) System.out.print(board[i] + (i % 3 == 2 ? "\n" : ""));
        System.out.println("winner: " + (winner(board) == 0 ? "none" : winner(board)));
    }
}
