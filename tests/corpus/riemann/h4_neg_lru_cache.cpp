// expect: none
#include <iostream>
#include <list>
#include <string>
#include <unordered_map>

class LRUCache {
    size_t cap_;
    std::list<std::pair<std::string, int>> order_;
    std::unordered_map<std::string, decltype(order_)::iterator> index_;

public:
    explicit LRUCache(size_t cap) : cap_(cap) {}
    bool get(const std::string& k, int& out) {
        auto it = index_.find(k);
        if (it == index_.end()) return false;
        order_.splice(order_.begin(), order_, it->second);
        out = it->second->second;
        return true;
    }
    void put(const std::string& k, int v) {
        if (auto it = index_.find(k); it != index_.end()) order_.erase(it->second);
        order_.emplace_front(k, v);
        index_[k] = order_.begin();
        if (order_.size() > cap_) {
            index_.erase(order_.back().first);
            order_.pop_back();
        }
    }
};

int main() {
    LRUCache c(3);
    for (int i = 0; i < 10; ++i) c.put("k" + std::to_string(i % 5), i);
    int v;
    std::cout << (c.get("k4", v) ? v : -1) << " " << (c.get("k0", v) ? v : -1) << "\n";
}
