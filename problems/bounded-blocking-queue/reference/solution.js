// JavaScript has no threads: a call that must wait returns a promise, resolved by the call that frees it.
// Waiters queue in arrival order, so elements come out in the order they went in.
var BoundedBlockingQueue = function (capacity) {
  this.capacity = capacity;
  this.items = [];
  this.takers = []; // resolve functions of dequeues waiting for an element
  this.putters = []; // resolve functions of enqueues waiting for room
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
  const putter = this.putters.shift();
  if (putter) putter();
  return element;
};

BoundedBlockingQueue.prototype.size = function () {
  return this.items.length;
};
