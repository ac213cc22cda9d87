/**
 * Runs `job` once the next frame is painted (a message posted from that frame's callbacks runs after its paint), so a
 * slow readout follows a figure's curves by a frame instead of holding up the frame that shows them. Returns a cancel.
 */
export function afterPaint(job: () => void): () => void {
  let cancelled = false;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (!cancelled) job();
  };
  const frame = requestAnimationFrame(() => channel.port2.postMessage(null));
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
    channel.port1.close();
  };
}
