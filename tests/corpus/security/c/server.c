#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

/* ruleid: c.hardcoded-secret */
static const char *db_password = "Sup3rS3cret!";
/* ok: c.hardcoded-secret */
static const char *password_prompt = "Password: ";

void run(const char *user) {
  char cmd[256];
  /* ruleid: c.unbounded-copy */
  sprintf(cmd, "ls %s", user);
  /* ruleid: c.system */
  system(cmd);
}

void run_fixed(void) {
  /* ok: c.system */
  printf("%s\n", "system(cmd) is not called");
}

void greet(const char *name) {
  char buf[32];
  /* ruleid: c.unbounded-copy */
  strcpy(buf, name);
  /* ruleid: c.format-string */
  printf(name);
  /* ok: c.format-string */
  printf("%s\n", buf);
}

void greet_safe(const char *name) {
  char buf[32];
  /* ok: c.unbounded-copy */
  snprintf(buf, sizeof buf, "%s", name);
  puts(buf);
}

void read_line(void) {
  char line[64];
  /* ruleid: c.gets */
  gets(line);
  /* ok: c.gets */
  fgets(line, sizeof line, stdin);
  char word[16];
  /* ruleid: c.scanf-unbounded */
  scanf("%s", word);
  /* ok: c.scanf-unbounded */
  scanf("%15s", word);
}

int token(void) {
  /* ruleid: c.insecure-random */
  return rand();
}

void temp(void) {
  /* ruleid: c.tempfile */
  char *name = tmpnam(NULL);
  FILE *f = fopen(name, "w");
  fclose(f);
  char tmpl[] = "/tmp/xXXXXXX";
  /* ok: c.tempfile */
  int fd = mkstemp(tmpl);
  close(fd);
}

void share(const char *path) {
  /* ruleid: c.chmod-permissive */
  chmod(path, 0777);
  /* ok: c.chmod-permissive */
  chmod(path, 0600);
}

int listen_all(void) {
  /* ruleid: c.network */
  int s = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in a;
  memset(&a, 0, sizeof a);
  /* ruleid: c.bind-all */
  a.sin_addr.s_addr = INADDR_ANY;
  return s;
}

void bomb(void) {
  /* ruleid: c.fork-bomb */
  while (1) fork();
}

void children(void) {
  /* ok: c.fork-bomb */
  for (int i = 0; i < 4; i++) fork();
}

void *grow(size_t n) {
  /* ruleid: c.memory-unchecked */
  return malloc(n * sizeof(int));
}

void *grow_safe(size_t n) {
  /* ok: c.memory-unchecked */
  return calloc(n, sizeof(int));
}

int main(int argc, char **argv) {
  /* ruleid: c.exec */
  execvp(argv[1], &argv[1]);
  return 0;
}
