package main

import (
	"context"
	"os"
	"strings"

	"github.com/moby/buildkit/client/llb"
	"github.com/moby/buildkit/client/llb/sourceresolver"
	"github.com/moby/buildkit/frontend/gateway/client"
	gwpb "github.com/moby/buildkit/frontend/gateway/pb"
	"github.com/moby/buildkit/solver/pb"
	digest "github.com/opencontainers/go-digest"
	ocispecs "github.com/opencontainers/image-spec/specs-go/v1"
	"github.com/pkg/errors"
	fstypes "github.com/tonistiigi/fsutil/types"
)

// fakeClient stands in for the BuildKit gateway: it never touches a daemon,
// a registry or the network.
//
//   - Solve returns a reference whose only file is the build context's
//     .dockerignore (when one was given); dockerui reads it from there.
//   - ResolveImageConfig answers "{}" for every image: no ENV, no WORKDIR, no
//     platform, no layers. dockerfile2llb then treats the base as scratch, so
//     image-metadata-dependent behaviour (InvalidBaseImagePlatform, image ENV
//     seen by UndefinedVar, image SHELL) is that of an empty image.
//   - The worker platform is pinned to linux/amd64 so results do not depend
//     on the machine that runs the oracle.
type fakeClient struct {
	opts         map[string]string
	dockerignore *string
}

var _ client.Client = (*fakeClient)(nil)

func newFakeClient(opts map[string]string, dockerignore *string) *fakeClient {
	return &fakeClient{opts: opts, dockerignore: dockerignore}
}

func (c *fakeClient) BuildOpts() client.BuildOpts {
	return client.BuildOpts{
		Opts:      c.opts,
		SessionID: "shipshape-oracle",
		Workers: []client.WorkerInfo{{
			ID:        "oracle",
			Platforms: []ocispecs.Platform{{OS: "linux", Architecture: "amd64"}},
		}},
		Product: "shipshape-buildkit-oracle",
		LLBCaps: pb.Caps.CapSet(pb.Caps.All()),
		Caps:    gwpb.Caps.CapSet(gwpb.Caps.All()),
	}
}

func (c *fakeClient) Solve(ctx context.Context, req client.SolveRequest) (*client.Result, error) {
	res := client.NewResult()
	res.SetRef(&fakeRef{files: c.files()})
	return res, nil
}

func (c *fakeClient) files() map[string][]byte {
	f := map[string][]byte{}
	if c.dockerignore != nil {
		f[".dockerignore"] = []byte(*c.dockerignore)
	}
	return f
}

func (c *fakeClient) ResolveImageConfig(ctx context.Context, ref string, opt sourceresolver.Opt) (string, digest.Digest, []byte, error) {
	return ref, "", []byte("{}"), nil
}

func (c *fakeClient) ResolveSourceMetadata(ctx context.Context, op *pb.SourceOp, opt sourceresolver.Opt) (*sourceresolver.MetaResponse, error) {
	return nil, errors.Errorf("shipshape oracle: no source metadata for %s (offline)", op.GetIdentifier())
}

func (c *fakeClient) Inputs(ctx context.Context) (map[string]llb.State, error) {
	// A local `docker build` sends the context through the session, not as
	// frontend inputs, so the gateway reports none.
	return map[string]llb.State{}, nil
}

func (c *fakeClient) NewContainer(ctx context.Context, req client.NewContainerRequest) (client.Container, error) {
	return nil, errors.New("shipshape oracle: containers are not supported")
}

func (c *fakeClient) Warn(ctx context.Context, dgst digest.Digest, msg string, opts client.WarnOpts) error {
	return nil
}

type fakeRef struct {
	files map[string][]byte
}

func (r *fakeRef) ToState() (llb.State, error)        { return llb.Scratch(), nil }
func (r *fakeRef) Evaluate(ctx context.Context) error { return nil }

func (r *fakeRef) lookup(name string) ([]byte, bool) {
	dt, ok := r.files[strings.TrimPrefix(name, "/")]
	return dt, ok
}

func (r *fakeRef) ReadFile(ctx context.Context, req client.ReadRequest) ([]byte, error) {
	dt, ok := r.lookup(req.Filename)
	if !ok {
		return nil, errors.Wrapf(os.ErrNotExist, "open %s", req.Filename)
	}
	if req.Range != nil {
		start := min(req.Range.Offset, len(dt))
		end := len(dt)
		if req.Range.Length > 0 {
			end = min(start+req.Range.Length, len(dt))
		}
		dt = dt[start:end]
	}
	return dt, nil
}

func (r *fakeRef) StatFile(ctx context.Context, req client.StatRequest) (*fstypes.Stat, error) {
	dt, ok := r.lookup(req.Path)
	if !ok {
		return nil, errors.Wrapf(os.ErrNotExist, "stat %s", req.Path)
	}
	return &fstypes.Stat{Path: req.Path, Mode: 0o644, Size: int64(len(dt))}, nil
}

func (r *fakeRef) ReadDir(ctx context.Context, req client.ReadDirRequest) ([]*fstypes.Stat, error) {
	return nil, nil
}
