/* Check-then-use races and copies sized by the source, with safe look-alikes. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

FILE *open_config(const char *path) {
  struct stat st;
  if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
    /* ruleid: c.toctou-stat */
    return fopen(path, "r");
  }
  return NULL;
}

void replace_link(const char *path) {
  struct stat st;
  if (lstat(path, &st) == 0) {
    /* ruleid: c.toctou-stat */
    unlink(path);
  }
}

FILE *open_checked(const char *path) {
  struct stat st;
  int fd = open(path, O_RDONLY | O_NOFOLLOW);
  if (fd < 0) return NULL;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
    /* ok: c.toctou-stat */
    return fdopen(fd, "r");
  }
  close(fd);
  return NULL;
}

FILE *open_if_enabled(const char *path, int enabled) {
  if (enabled) {
    /* ok: c.toctou-stat */
    return fopen(path, "r");
  }
  return NULL;
}

void copy_name(const char *name) {
  char local[32];
  /* ruleid: c.copy-source-length */
  memcpy(local, name, strlen(name) + 1);
  puts(local);
}

void copy_label(const char *label) {
  char local[16];
  /* ruleid: c.copy-source-length, c.strn-copy */
  strncpy(local, label, strlen(label));
  puts(local);
}

char *duplicate(const char *text) {
  size_t n = strlen(text);
  char *copy = malloc(n + 1);
  if (copy == NULL) return NULL;
  /* ok: c.copy-source-length */
  memcpy(copy, text, n + 1);
  return copy;
}

void copy_bounded(const char *text) {
  char local[64];
  /* ok: c.copy-source-length */
  memcpy(local, text, sizeof local);
  puts(local);
}
