// fails: test_dequeue_waits_for_enqueue, test_enqueue_waits_while_full, test_one_element_wakes_one_consumer
// Waits by spinning in a loop, as if another thread could change the queue meanwhile:
// JavaScript has one thread, so the call that would add an element (or make room)
// never runs, and the spin never ends.
var BoundedBlockingQueue = function (capacity) {
  this.capacity = capacity;
  this.items = [];
};

BoundedBlockingQueue.prototype.enqueue = function (element) {
  while (this.items.length >= this.capacity) {
    // wait for room
  }
  this.items.push(element);
};

BoundedBlockingQueue.prototype.dequeue = function () {
  while (this.items.length === 0) {
    // wait for an element
  }
  return this.items.shift();
};

BoundedBlockingQueue.prototype.size = function () {
  return this.items.length;
};
