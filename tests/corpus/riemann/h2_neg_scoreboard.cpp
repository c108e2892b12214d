// expect: none
#include <algorithm>
#include <iostream>
#include <map>
#include <string>
#include <vector>

struct Player {
    std::string name;
    int score = 0;
    int streak = 0;
};

int main() {
    std::vector<Player> players{{"ana"}, {"bo"}, {"cy"}, {"dee"}};
    for (int round = 1; round <= 12; ++round) {
        Player& p = players[round % players.size()];
        int bonus = (p.streak % 3 == 2) ? 50 : 0;
        p.score += 10 * round + bonus;
        p.streak++;
        if (round % 4 == 0)
            for (auto& q : players) q.streak = 0;
    }
    std::sort(players.begin(), players.end(), [](auto& a, auto& b) { return a.score > b.score; });
    for (auto& p : players) std::cout << p.name << ' ' << p.score << '\n';
}
