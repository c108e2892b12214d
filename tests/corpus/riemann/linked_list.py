# expect: none
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

def reverse(head):
    prev = None
    while head:
        head.next, prev, head = prev, head, head.next
    return prev

node = reverse(Node(1, Node(2, Node(3))))
while node:
    print(node.value)
    node = node.next
