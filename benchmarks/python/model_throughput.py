#!/usr/bin/env python3
"""Builds a ChronoMid network in PyTorch from its architecture JSON and times training and inference steps.

The layers, their order and their state names follow ChronoMid.Models exactly, so the parameter count printed by
--count must equal ChronoMid's (Keras-style: weights and biases plus batch-norm moving mean and variance).
Run with Debian's /usr/bin/python3, which has python3-torch.
"""
import argparse
import json
import math
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

MOMENTUM = 0.01  # Keras's 0.99 in PyTorch's convention
EPSILON = 1e-3


class WidthBatchNorm(nn.BatchNorm1d):
    """One statistic set per column: N x C x H x W maps viewed as (N*C*H) x W."""

    def forward(self, x):
        return super().forward(x.reshape(-1, x.shape[3])).reshape(x.shape)


def batch_norm(axis, channels, columns):
    if axis == "width":
        return WidthBatchNorm(columns, eps=EPSILON, momentum=MOMENTUM)
    return nn.BatchNorm2d(channels, eps=EPSILON, momentum=MOMENTUM)


class Chain(nn.Module):
    def __init__(self, in_channels, in_columns, spec):
        super().__init__()
        self.convs = []
        channels = in_channels
        for index, filters in enumerate(spec["filters"]):
            conv = nn.Conv2d(channels, filters, 3, padding=1)
            self.add_module(f"conv{index}", conv)
            self.convs.append(conv)
            channels = filters
        self.out_channels = channels
        self.pool = nn.MaxPool2d(2, 2, ceil_mode=True)
        self.norm = batch_norm(spec.get("batchNorm", "channel"), channels, (in_columns + 1) // 2)
        rate = spec.get("dropout", 0)
        self.dropout = nn.Dropout(rate) if rate > 0 else None

    def forward(self, x):
        for conv in self.convs:
            x = F.relu(conv(x))
        x = self.norm(self.pool(x))
        return self.dropout(x) if self.dropout is not None else x


class XChain(nn.Module):
    def __init__(self, in_channels, in_columns, spec):
        super().__init__()
        self.branches = nn.ModuleList([Chain(c, in_columns, spec) for c in in_channels])
        self.cross = []
        connections = sorted(spec.get("crossConnections", []), key=lambda c: (c["to"], c["from"]))
        for c in connections:
            conv = nn.Conv2d(self.branches[c["from"]].out_channels, spec.get("crossFilters", 8), 1)
            self.add_module(f"cross_{c['from']}_{c['to']}", conv)
            self.cross.append((c["from"], c["to"], conv))

    def forward(self, xs):
        own = [branch(x) for branch, x in zip(self.branches, xs)]
        if not self.cross:
            return own
        out = []
        for b in range(len(own)):
            parts = [own[b]] + [F.relu(conv(own[f])) for f, t, conv in self.cross if t == b]
            out.append(torch.cat(parts, 1) if len(parts) > 1 else own[b])
        return out


class Head(nn.Module):
    def __init__(self, features, classes):
        super().__init__()
        self.dense64 = nn.Linear(features, 64)
        self.norm64 = nn.BatchNorm1d(64, eps=EPSILON, momentum=MOMENTUM)
        self.dense32 = nn.Linear(64, 32)
        self.norm32 = nn.BatchNorm1d(32, eps=EPSILON, momentum=MOMENTUM)
        self.output = nn.Linear(32, classes)

    def forward(self, x):
        x = self.norm64(F.relu(self.dense64(x)))
        x = self.norm32(F.relu(self.dense32(x)))
        return self.output(x)


class Network(nn.Module):
    def __init__(self, arch):
        super().__init__()
        descriptor = arch["descriptor"].split("+")
        self.branch_count = len([t for t in descriptor if t != "ts"])
        self.timestamps = "ts" in descriptor
        rows, columns = arch["inputRows"], arch["inputColumns"]
        axis = arch.get("inputBatchNorm")
        self.input_norms = nn.ModuleList(
            [batch_norm(axis, 1, columns) for _ in range(self.branch_count)] if axis else [])
        channels = [1] * self.branch_count
        self.chains = []
        for k, spec in enumerate(arch["chains"]):
            xchain = XChain(channels, columns, spec)
            self.add_module(f"chain{k + 1}", xchain)
            self.chains.append(xchain)
            incoming = [sum(1 for c in spec.get("crossConnections", []) if c["to"] == b)
                        for b in range(self.branch_count)]
            channels = [spec["filters"][-1] + n * spec.get("crossFilters", 8) for n in incoming]
            rows, columns = (rows + 1) // 2, (columns + 1) // 2
        features = sum(channels) * rows * columns + (1 if self.timestamps else 0)
        self.head = Head(features, arch.get("classes", 2))
        self.l2 = arch.get("kernelL2", 0.0003)

    def forward(self, xs, ts=None):
        if len(self.input_norms):
            xs = [norm(x) for norm, x in zip(self.input_norms, xs)]
        for xchain in self.chains:
            xs = xchain(xs)
        features = [x.flatten(1) for x in xs]
        if self.timestamps:
            features.append(ts.unsqueeze(1))
        return self.head(torch.cat(features, 1))

    def kernel_l2(self):
        kernels = [m.weight for m in self.modules() if isinstance(m, (nn.Conv2d, nn.Linear))]
        return self.l2 * sum(k.square().sum() for k in kernels)


def keras_count(model):
    trainable = sum(p.numel() for p in model.parameters())
    moving = sum(b.numel() for name, b in model.named_buffers()
                 if name.endswith("running_mean") or name.endswith("running_var"))
    return trainable, moving


def time_steps(step, warmup, steps):
    """Runs warm-up steps, then returns the seconds of each timed step."""
    for _ in range(warmup):
        step()
    seconds = []
    for _ in range(steps):
        start = time.perf_counter()
        step()
        seconds.append(time.perf_counter() - start)
    return seconds


def conv_gflops(warmup, steps):
    """GFLOP/s of one large 3 x 3 convolution, the machine's ceiling for these models."""
    x = torch.randn(32, 16, 128, 192)
    conv = nn.Conv2d(16, 32, 3, padding=1)
    flop = 2 * 9 * 16 * 32 * 128 * 192 * 32
    with torch.no_grad():
        seconds = time_steps(lambda: conv(x), warmup, steps)
    return flop / min(seconds) / 1e9


def read_safetensors(path):
    """Reads a safetensors file with the standard library and torch alone (no safetensors package needed)."""
    dtypes = {"F32": torch.float32, "F64": torch.float64, "I64": torch.int64, "I32": torch.int32}
    with open(path, "rb") as f:
        data = f.read()
    length = int.from_bytes(data[:8], "little")
    header = json.loads(data[8:8 + length])
    base = 8 + length
    state = {}
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        start, end = entry["data_offsets"]
        chunk = bytearray(data[base + start:base + end])
        state[name] = torch.frombuffer(chunk, dtype=dtypes[entry["dtype"]]).reshape(entry["shape"])
    return state


def probe_input(model, n, rows, columns):
    """The deterministic batch that ChronoMid's --check uses too."""
    pixels = n * rows * columns
    xs = [torch.sin(torch.arange(pixels, dtype=torch.float32) * (0.001 * (b + 1))).reshape(n, 1, rows, columns)
          for b in range(model.branch_count)]
    ts = torch.arange(n, dtype=torch.float32) * 2 if model.timestamps else None
    return xs, ts


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--architecture", help="architecture JSON written by NetworkArchitecture.ToJson")
    parser.add_argument("--count", action="store_true", help="print the Keras-style parameter count and exit")
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--steps", type=int, default=10)
    parser.add_argument("--conv", action="store_true", help="measure one large convolution's GFLOP/s")
    parser.add_argument("--probe", action="store_true", help="time forward, loss, backward and Adam separately")
    parser.add_argument("--weights", help="safetensors file to load strictly; prints eval-mode logits of a probe")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    if args.conv:
        print(json.dumps({"convGflops": conv_gflops(args.warmup, args.steps)}))
        return
    with open(args.architecture, encoding="utf-8") as f:
        arch = json.load(f)
    arch = arch.get("architecture", arch)  # accepts model.json as written by ChronoMidNetwork.Save
    model = Network(arch)
    trainable, moving = keras_count(model)
    if args.weights:
        model.load_state_dict(read_safetensors(args.weights), strict=True)
        model.eval()
        xs, ts = probe_input(model, args.batch, arch["inputRows"], arch["inputColumns"])
        with torch.no_grad():
            print(json.dumps({"logits": model(xs, ts).flatten().tolist()}))
        return
    if args.count:
        print(json.dumps({"trainable": trainable, "nonTrainable": moving, "total": trainable + moving}))
        return
    n, rows, columns = args.batch, arch["inputRows"], arch["inputColumns"]
    xs = [torch.randn(n, 1, rows, columns) for _ in range(model.branch_count)]
    ts = torch.arange(n, dtype=torch.float32) if model.timestamps else None
    labels = torch.randint(0, arch.get("classes", 2), (n,))
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)

    if args.probe:
        model.train()
        totals = [0.0] * 4
        for step in range(args.steps + 1):
            t0 = time.perf_counter()
            optimizer.zero_grad()
            logits = model(xs, ts)
            t1 = time.perf_counter()
            loss = F.cross_entropy(logits, labels) + model.kernel_l2()
            t2 = time.perf_counter()
            loss.backward()
            t3 = time.perf_counter()
            optimizer.step()
            t4 = time.perf_counter()
            if step > 0:
                for i, d in enumerate((t1 - t0, t2 - t1, t3 - t2, t4 - t3)):
                    totals[i] += d
        print(json.dumps({"forward": totals[0] / args.steps, "loss": totals[1] / args.steps,
                          "backward": totals[2] / args.steps, "adam": totals[3] / args.steps}))
        return

    def train_step():
        optimizer.zero_grad()
        loss = F.cross_entropy(model(xs, ts), labels) + model.kernel_l2()
        loss.backward()
        optimizer.step()

    model.train()
    train_seconds = time_steps(train_step, args.warmup, args.steps)
    model.eval()
    with torch.no_grad():
        infer_seconds = time_steps(lambda: model(xs, ts), args.warmup, args.steps)
    print(json.dumps({
        "total": trainable + moving,
        "batch": n,
        "trainSeconds": train_seconds,
        "inferSeconds": infer_seconds,
        "torch": torch.__version__,
    }))


if __name__ == "__main__":
    main()
