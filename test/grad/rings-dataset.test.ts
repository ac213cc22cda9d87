import { describe, expect, it } from "vitest";
import { labData } from "../../src/grad/lab-trainer.ts";
import { lazyDataset, raceData, ringsDataset } from "../../src/grad/rings-dataset.ts";

describe("lazyDataset(make)", () => {
  it("makes the dataset on the first read of its points or labels, once, and reads as what make gives", () => {
    let made = 0;
    const data = lazyDataset(() => {
      made++;
      return ringsDataset(10, 3);
    });
    expect(made).toBe(0);
    expect(data.ys).toEqual(ringsDataset(10, 3).ys);
    expect(data.xs).toEqual(ringsDataset(10, 3).xs);
    expect(made).toBe(1);
  });

  it("the race's and the lab's datasets are the seeded rings, 120 points", () => {
    const rings = ringsDataset();
    for (const data of [raceData, labData]) {
      expect(data.xs).toEqual(rings.xs);
      expect(data.ys).toEqual(rings.ys);
      expect(data.xs).toHaveLength(120);
    }
  });
});
