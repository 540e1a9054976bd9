/**
 * `promise`, or what `onTimeout` returns (or throws) if it has not settled
 * after `ms`. The timer is cleared either way, so a guard that was not needed
 * does not keep the test process alive after the suite.
 */
export function within<T, F>(promise: Promise<T>, ms: number, onTimeout: () => F): Promise<T | F> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<F>((resolve, reject) => {
    timer = setTimeout(() => {
      try {
        resolve(onTimeout());
      } catch (e) {
        reject(e);
      }
    }, ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
