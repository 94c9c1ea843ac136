// fails: test_one_element_wakes_one_consumer
// One element wakes every waiting consumer, and each checks for an element only
// once (`if`, not `while`): the extra ones take from an empty queue and return
// undefined.
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
  const waiting = this.takers.splice(0);
  for (const taker of waiting) taker();
};

BoundedBlockingQueue.prototype.dequeue = async function () {
  if (this.items.length === 0) {
    await new Promise((resolve) => this.takers.push(resolve));
  }
  const element = this.items.shift();
  const putter = this.putters.shift();
  if (putter) putter();
  return element;
};

BoundedBlockingQueue.prototype.size = function () {
  return this.items.length;
};
