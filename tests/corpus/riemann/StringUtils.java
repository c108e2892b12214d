// expect: none
public class StringUtils {
    public static String reverse(String s) {
        return new StringBuilder(s).reverse().toString();
    }

    public static void main(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (i % 2 == 0) System.out.println(reverse(args[i]));
        }
    }
}
