// Object lifetime cases (C++).
#include <cstdio>
#include <cstring>

struct Node {
  Node *next = nullptr;
  int value = 0;
};

int unlink(Node *n) {
  delete n;
  // ruleid: cpp.use-after-delete
  return n->value;
}

void unlink_safe(Node *n) {
  delete n;
  // ok: cpp.use-after-delete
  n = nullptr;
}

void release(char *buf) {
  delete[] buf;
  // ruleid: cpp.use-after-delete
  delete[] buf;
}

void release_c(char *p) {
  std::free(p);
  // ruleid: c.use-after-free
  std::printf("%c\n", p[0]);
}

void copy(char *dst, const char *src) {
  // ruleid: c.strn-copy
  std::strncpy(dst, src, 16);
}
