// Command buildkit-oracle runs BuildKit's own Dockerfile parser, instruction
// layer and build checks (the code behind `docker build --check`) on
// Dockerfiles and prints the results as one JSON array on stdout.
//
// It is a test oracle for shipshape, never part of the application. It needs
// no network and no BuildKit daemon: the gateway client that the Dockerfile
// frontend normally talks to is replaced by an in-process fake (see
// fakeclient.go) that serves the .dockerignore file and resolves every base
// image to an empty image config.
//
// Usage: see README.md in this folder.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/moby/buildkit/client/llb"
	"github.com/moby/buildkit/frontend/dockerfile/dockerfile2llb"
	"github.com/moby/buildkit/frontend/dockerfile/instructions"
	"github.com/moby/buildkit/frontend/dockerfile/linter"
	"github.com/moby/buildkit/frontend/dockerfile/parser"
	"github.com/moby/buildkit/frontend/dockerui"
	"github.com/moby/buildkit/frontend/subrequests/lint"
)

// job is one Dockerfile to analyse. It is also the shape of one entry of the
// JSON manifest read with --manifest.
type job struct {
	// File is the path to read, and the name reported back.
	File string `json:"file"`
	// Content, when set, is used instead of reading File (File is then only a label).
	Content *string `json:"content,omitempty"`
	// BuildArgs become frontend options "build-arg:KEY" (like --build-arg).
	BuildArgs map[string]string `json:"buildArgs,omitempty"`
	// Dockerignore is the text of the build context's .dockerignore (null: none).
	Dockerignore *string `json:"dockerignore,omitempty"`
	// DockerignoreFile is a path to read the .dockerignore text from.
	DockerignoreFile string `json:"dockerignoreFile,omitempty"`
	// Target is the --target stage; empty means "all stages", as `--check` does.
	Target string `json:"target,omitempty"`
	// FrontendAttrs are raw frontend options (e.g. "build-arg:X": "1"),
	// applied after BuildArgs and Target.
	FrontendAttrs map[string]string `json:"frontendAttrs,omitempty"`
}

type parserWarning struct {
	Short  string `json:"short"`
	Detail string `json:"detail"`
	URL    string `json:"url"`
	Line   int    `json:"line"`
}

type check struct {
	Rule        string `json:"rule"`
	Description string `json:"description"`
	Detail      string `json:"detail"`
	URL         string `json:"url"`
	StartLine   int    `json:"startLine"`
	EndLine     int    `json:"endLine"`
}

type located struct {
	Message   string `json:"message"`
	StartLine *int   `json:"startLine"`
	EndLine   *int   `json:"endLine"`
}

type heredoc struct {
	Name           string `json:"name"`
	FileDescriptor uint   `json:"fileDescriptor"`
	Expand         bool   `json:"expand"`
	Chomp          bool   `json:"chomp"`
	Content        string `json:"content"`
}

type node struct {
	Keyword     string    `json:"keyword"`
	StartLine   int       `json:"startLine"`
	EndLine     int       `json:"endLine"`
	Original    string    `json:"original"`
	Flags       []string  `json:"flags"`
	Heredocs    []heredoc `json:"heredocs"`
	PrevComment []string  `json:"prevComment"`
}

type result struct {
	File string `json:"file"`
	// ReadError is set when the file (or its dockerignore) could not be read;
	// everything else is then null/empty.
	ReadError *string `json:"readError"`
	// Dump is parser.Node.Dump()+"\n", exactly what BuildKit's parser tests
	// compare with testfiles/*/result.
	Dump           *string         `json:"dump"`
	ParseError     *string         `json:"parseError"`
	ParseErrorLine *int            `json:"parseErrorLine"`
	EscapeToken    *string         `json:"escapeToken"`
	Warnings       []parserWarning `json:"warnings"`
	Nodes          []node          `json:"nodes"`
	// InstructionError is the error of instructions.Parse (nil linter).
	InstructionError     *string `json:"instructionError"`
	InstructionErrorLine *int    `json:"instructionErrorLine"`
	// Checks are the warnings of dockerfile2llb.DockerfileLint (the
	// frontend.lint subrequest, i.e. `docker build --check`).
	Checks []check `json:"checks"`
	// CheckError is the lint result's buildError: anything that stops the
	// conversion (parse/instruction/dispatch errors, an invalid check
	// option, or "lint violation found for rules: ..." with error=true).
	CheckError *located `json:"checkError"`
}

type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

func main() {
	var buildArgs stringList
	var dockerignoreFile, target, manifest string
	var pretty bool
	flag.Var(&buildArgs, "build-arg", "KEY=VALUE build argument (repeatable), for every file")
	flag.StringVar(&dockerignoreFile, "dockerignore", "", "path of a .dockerignore used for every file")
	flag.StringVar(&target, "target", "", "target stage (default: check all stages, as --check does)")
	flag.StringVar(&manifest, "manifest", "", "read a JSON array of jobs from this path ('-' = stdin) in addition to the file arguments")
	flag.BoolVar(&pretty, "pretty", false, "indent the JSON output")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: %s [--build-arg K=V]... [--dockerignore FILE] [--target T] [--manifest PATH|-] [FILE...]\n", os.Args[0])
		flag.PrintDefaults()
	}
	flag.Parse()

	common := map[string]string{}
	for _, kv := range buildArgs {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			fmt.Fprintf(os.Stderr, "invalid --build-arg %q (want KEY=VALUE)\n", kv)
			os.Exit(2)
		}
		common[k] = v
	}

	var jobs []job
	for _, f := range flag.Args() {
		j := job{File: f, Target: target, DockerignoreFile: dockerignoreFile}
		if len(common) > 0 {
			j.BuildArgs = common
		}
		jobs = append(jobs, j)
	}
	if manifest != "" {
		var r io.Reader = os.Stdin
		if manifest != "-" {
			f, err := os.Open(manifest)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(2)
			}
			defer f.Close()
			r = f
		}
		var mj []job
		if err := json.NewDecoder(r).Decode(&mj); err != nil {
			fmt.Fprintf(os.Stderr, "invalid manifest: %v\n", err)
			os.Exit(2)
		}
		jobs = append(jobs, mj...)
	}
	if len(jobs) == 0 {
		flag.Usage()
		os.Exit(2)
	}

	results := make([]result, 0, len(jobs))
	for _, j := range jobs {
		results = append(results, run(j))
	}

	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	if pretty {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(results); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func ptr[T any](v T) *T { return &v }

// errLines returns the first and last line of the first location of a
// parser.LocationError wrapped in err.
func errLines(err error) (*int, *int) {
	var le *parser.LocationError
	if errors.As(err, &le) && len(le.Locations) > 0 && len(le.Locations[0]) > 0 {
		rs := le.Locations[0]
		return ptr(rs[0].Start.Line), ptr(rs[len(rs)-1].End.Line)
	}
	return nil, nil
}

func run(j job) (res result) {
	res = result{File: j.File, Warnings: []parserWarning{}, Checks: []check{}}
	var dt []byte
	if j.Content != nil {
		dt = []byte(*j.Content)
	} else {
		b, err := os.ReadFile(j.File)
		if err != nil {
			res.ReadError = ptr(err.Error())
			return res
		}
		dt = b
	}
	ignore := j.Dockerignore
	if ignore == nil && j.DockerignoreFile != "" {
		b, err := os.ReadFile(j.DockerignoreFile)
		if err != nil {
			res.ReadError = ptr(err.Error())
			return res
		}
		ignore = ptr(string(b))
	}

	// 1. The raw parser, exactly as parser_test.go runs it.
	var parsed *parser.Result
	err := guard(func() (err error) {
		parsed, err = parser.Parse(bytes.NewReader(dt))
		return err
	})
	if err != nil {
		res.ParseError = ptr(err.Error())
		res.ParseErrorLine, _ = errLines(err)
	} else {
		res.Dump = ptr(parsed.AST.Dump() + "\n")
		res.EscapeToken = ptr(string(parsed.EscapeToken))
		for _, w := range parsed.Warnings {
			var det []string
			for _, d := range w.Detail {
				det = append(det, string(d))
			}
			line := 0
			if w.Location != nil {
				line = w.Location.Start.Line
			}
			res.Warnings = append(res.Warnings, parserWarning{Short: w.Short, Detail: strings.Join(det, "\n"), URL: w.URL, Line: line})
		}
		res.Nodes = []node{}
		for _, n := range parsed.AST.Children {
			nd := node{
				Keyword: n.Value, StartLine: n.StartLine, EndLine: n.EndLine, Original: n.Original,
				Flags: orEmpty(n.Flags), Heredocs: []heredoc{}, PrevComment: orEmpty(n.PrevComment),
			}
			for _, h := range n.Heredocs {
				nd.Heredocs = append(nd.Heredocs, heredoc(h))
			}
			res.Nodes = append(res.Nodes, nd)
		}

		// 2. The instruction layer. A linter without a Warn callback reports
		// nothing; it is passed instead of nil because instructions.Parse
		// panics on a nil linter when an instruction has a `# check=`
		// comment above it (linter.WithMergedConfig dereferences it).
		err := guard(func() error {
			_, _, err := instructions.Parse(parsed.AST, linter.New(&linter.Config{}))
			return err
		})
		if err != nil {
			res.InstructionError = ptr(err.Error())
			res.InstructionErrorLine, _ = errLines(err)
		}
	}

	// 3. The build checks, through the frontend.lint subrequest's own entry point.
	opts := map[string]string{}
	for k, v := range j.BuildArgs {
		opts["build-arg:"+k] = v
	}
	if j.Target != "" {
		opts["target"] = j.Target
	}
	for k, v := range j.FrontendAttrs {
		opts[k] = v
	}
	var checkErr *located
	if err := guard(func() error {
		res.Checks, checkErr = runChecks(dt, j.File, opts, ignore)
		return nil
	}); err != nil {
		checkErr = &located{Message: err.Error()}
	}
	res.CheckError = checkErr
	return res
}

// guard runs f and turns a panic into an error, so that one input can never
// abort the whole batch. ORACLE_PANIC=1 re-raises it (for a stack trace).
func guard(f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if os.Getenv("ORACLE_PANIC") != "" {
				panic(r)
			}
			err = fmt.Errorf("oracle panic: %v", r)
		}
	}()
	return f()
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// runChecks mirrors the lint branch of frontend/dockerfile/builder.Build:
// a dockerui.Client over the gateway client, then
// dockerfile2llb.DockerfileLint with ConvertOpt{Config, Client, SourceMap,
// MetaResolver}. Differences from builder.Build: no `# syntax=` forwarding
// (this BuildKit's frontend is always used), and the Dockerfile bytes are
// handed over directly instead of being read through ReadEntrypoint.
func runChecks(dt []byte, filename string, opts map[string]string, dockerignore *string) ([]check, *located) {
	ctx := context.Background()
	out := []check{}

	fc := newFakeClient(opts, dockerignore)
	bc, err := dockerui.NewClient(fc)
	if err != nil {
		// e.g. failed to parse build-arg:BUILDKIT_DOCKERFILE_CHECK
		return out, &located{Message: err.Error()}
	}
	// As in dockerui.ReadEntrypoint: the source map points at the local
	// "dockerfile" source and carries its marshalled definition (the lint
	// result's sources need it).
	src := llb.Local(dockerui.DefaultLocalNameDockerfile, dockerui.WithInternalName("load build definition from "+filename))
	def, err := src.Marshal(ctx)
	if err != nil {
		return out, &located{Message: "oracle: " + err.Error()}
	}
	smap := llb.NewSourceMap(&src, filename, "Dockerfile", dt)
	smap.Definition = def
	convertOpt := dockerfile2llb.ConvertOpt{
		Config:       bc.Config,
		Client:       bc,
		SourceMap:    smap,
		MetaResolver: fc,
	}
	lr, err := dockerfile2llb.DockerfileLint(ctx, dt, convertOpt)
	if err != nil {
		return out, &located{Message: err.Error()}
	}
	for _, w := range lr.Warnings {
		c := check{Rule: w.RuleName, Description: w.Description, Detail: w.Detail, URL: w.URL}
		if w.Location != nil && len(w.Location.Ranges) > 0 {
			rs := w.Location.Ranges
			c.StartLine = int(rs[0].GetStart().GetLine())
			c.EndLine = int(rs[len(rs)-1].GetEnd().GetLine())
		}
		out = append(out, c)
	}
	// Emission order is not part of BuildKit's contract (buildx sorts by
	// start line; some checks iterate Go maps). Make the output deterministic.
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].StartLine != out[b].StartLine {
			return out[a].StartLine < out[b].StartLine
		}
		if out[a].Rule != out[b].Rule {
			return out[a].Rule < out[b].Rule
		}
		return out[a].Detail < out[b].Detail
	})
	return out, buildError(lr.Error)
}

func buildError(be *lint.BuildError) *located {
	if be == nil {
		return nil
	}
	l := &located{Message: be.Message}
	if rs := be.Location.Ranges; len(rs) > 0 {
		l.StartLine = ptr(int(rs[0].GetStart().GetLine()))
		l.EndLine = ptr(int(rs[len(rs)-1].GetEnd().GetLine()))
	}
	return l
}
