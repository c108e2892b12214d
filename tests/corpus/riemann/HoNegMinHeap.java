// expect: none
import java.util.Arrays;

public class HoNegMinHeap {
    private int[] heap = new int[16];
    private int size;

    public void push(int v) {
        if (size == heap.length) heap = Arrays.copyOf(heap, size * 2);
        heap[size] = v;
        int i = size++;
        while (i > 0 && heap[(i - 1) / 2] > heap[i]) {
            swap(i, (i - 1) / 2);
            i = (i - 1) / 2;
        }
    }

    public int pop() {
        int top = heap[0];
        heap[0] = heap[--size];
        int i = 0;
        while (true) {
            int l = 2 * i + 1, r = l + 1, m = i;
            if (l < size && heap[l] < heap[m]) m = l;
            if (r < size && heap[r] < heap[m]) m = r;
            if (m == i) break;
            swap(i, m);
            i = m;
        }
        return top;
    }

    private void swap(int a, int b) { int t = heap[a]; heap[a] = heap[b]; heap[b] = t; }

    public static void main(String[] args) {
        HoNegMinHeap h = new HoNegMinHeap();
        for (int v : new int[] {5, 3, 17, 10, 84, 19, 6, 22, 9}) h.push(v);
        while (h.size > 0) System.out.print(h.pop() + " ");
    }
}
