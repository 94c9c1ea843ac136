// fails: test_enqueue_waits_while_full, test_room_for_one_wakes_one_producer
// dequeue resolves a waiting consumer instead of a waiting producer: a producer
// waiting on a full queue is never woken.
var BoundedBlockingQueue = function (capacity) {
  this.capacity = capacity;
  this.items = [];
  this.takers = [];
  this.putters = [];
};

BoundedBlockingQueue.prototype.enqueue = async function (element) {
  while (this.items.length >= this.capacity) {
    await new Promise((resolve) => this.putters.push(resolve));
  }
  this.items.push(element);
  const taker = this.takers.shift();
  if (taker) taker();
};

BoundedBlockingQueue.prototype.dequeue = async function () {
  while (this.items.length === 0) {
    await new Promise((resolve) => this.takers.push(resolve));
  }
  const element = this.items.shift();
  const next = this.takers.shift();
  if (next) next();
  return element;
};

BoundedBlockingQueue.prototype.size = function () {
  return this.items.length;
};
