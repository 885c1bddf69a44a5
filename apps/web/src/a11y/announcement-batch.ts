/**
 * What the live region shows, fed by `announce`: the region is cleared at once and the text set a moment later
 * (`delayMs`), so the same text twice is still a change a screen reader reads. Messages that come within that
 * moment (a phase change and its notification arrive together) are read together, in order, once each, rather
 * than the last replacing the others unheard.
 */
export function announcementBatch(show: (text: string) => void, delayMs = 50): (text: string) => void {
  let batch: string[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (text) => {
    clearTimeout(timer);
    show('');
    if (!batch.includes(text)) batch.push(text);
    timer = setTimeout(() => {
      show(batch.join(' '));
      batch = [];
    }, delayMs);
  };
}
