// Topics about what models work on: modalities (images, audio, video, 3D, language) and application fields.
import type { TopicRule } from "./rules";

export const DOMAIN_TOPICS: TopicRule[] = [
  {
    slug: "diffusion",
    name: "Diffusion & image generation",
    description: "Diffusion models, text-to-image synthesis, image editing and style transfer.",
    patterns: [
      /\bdiffusion\b/i,
      /\bimage (?:generation|synthesis|editing)\b/i,
      /\bdenoising\b/i,
      /\bstyle transfer\b/i,
    ],
    strong: [/\btext-to-image\b/i, /\bstable diffusion\b/i, /\bdiffusion models?\b/i],
  },
  {
    slug: "3d-graphics",
    name: "3D & graphics",
    description: "3D scenes and objects, neural rendering, relighting, multi-view consistency.",
    patterns: [
      // A 3D CNN convolves over video frames; "multi-view" alone is also multi-view (contrastive) learning.
      // 3D medical volumes (CT, MRI, ultrasound) are medical imaging, 3D molecules chemistry, 3D human
      // pose, gaze and kinematics pose estimation, and 3D rotary/positional encodings or bin packing not
      // 3D content (topic audit); nor are 3D U-Nets (volume CNNs), "3D attention" blocks or 3D printing.
      /\b3D\b(?! (?:CNNs?|U-?Nets?|convolution(?:s|al)?|attention|(?:[\w-]+ ){0,2}(?:medical|CT|CBCT|PET|MRI|brain|cardiac|dental|ultrasound|cone-beam|molecul(?:e|es|ar)|pose|gaze|kinematics)|rotary|positional?|bin|print(?:ing|ers?|ed)?)\b)/i,
      /\bmulti-view (?:consisten(?:t|cy)|stereo|reconstruction|synthesis|geometry|images?)\b/i,
      // Text, glyph, expressive (music, speech) performance, binaural audio and haptic rendering are not
      // image synthesis.
      /\b(?<!text |glyph |performance |piano |emotion |emphasis |haptic |tactile |binaural |speech |audio )render(?:ing)?\b/i,
      /\brelight(?:ing|able)?\b/i,
      // Mesh-free solvers and "Meshed-Memory"/"Mesh Transformer" architectures are not 3D meshes.
      /\bmesh(?:es)?\b(?!-free| transformer)/i,
    ],
    strong: [/\bNeRFs?\b/i, /\bneural radiance\b/i, /\bgaussian splatting\b/i, /\bpoint clouds?\b/i],
    // Geometry named outright; in a title only, as abstracts mention "3D geometry" in passing.
    titleOnly: [/\b3D (?:[\w-]+ ){0,2}(?:shapes?|geometry)\b/i, /\bmesh (?:(?:re)?construction|recovery)\b/i],
    notWithTitle: [
      // Medical volumes (MRI, CT, mammography) are medical imaging; the geometry of anatomy (point clouds
      // in surgery, 3D heart shape, mesh recovery) still counts through the terms above (topic audit).
      /\b(?:medical|clinical|tomograph(?:y|ic)|mammograph(?:y|ic)|cancers?|tumou?rs?|melanoma|lesions?|sclerosis|hepatic|kidney)\b/i,
      /\b(?:MRI|CT|CBCT|PET|OCT)\b/, // case-sensitive: "pet" is a word
      // Meshes that discretise PDEs for solvers and learned simulators, and the three dimensions of an
      // equation's space, are not 3D shapes (topic audit).
      /\b(?:equations?|topology (?:design|optimi[sz]ation)|finite[- ](?:elements?|volumes?|differences?)|adaptive (?:[\w-]+ )?mesh(?:es)?|mesh refinement|mesh-based (?:[\w-]+ ){0,2}(?:simulations?|graph|GNNs?|surrogates?|physical))\b/i,
    ],
  },
  {
    slug: "audio",
    name: "Speech, music & audio",
    description: "Speech recognition and synthesis, voice, music generation and other audio.",
    patterns: [
      // Hate (offensive …) speech, counter-speech, free speech, parts of speech and speech acts are text.
      /\b(?<!hate |offensive |abusive |toxic |free |co-|counter-|parts? of |part-of-|figures? of )speech\b(?! acts?\b)/i,
      /\bmusic(?:al)?\b/i,
      /\baudio\b/i,
      /\bvoices?\b/i,
      /\bsinging\b/i,
    ],
    strong: [/\btext-to-speech\b/i, /\bTTS\b/, /\bspeech synthesis\b/i],
  },
  {
    slug: "multimodal",
    name: "Multimodal & vision-language",
    description: "Models that combine text with images or other modalities: VLMs, MLLMs, visual instruction tuning.",
    patterns: [/\bmulti-?modal(?:ity|ities)?\b/i, /\bvision[- ]language\b/i, /\bvisual instruction\b/i],
    strong: [/\b(?:MLLM|VLM|LMM)s?\b/, /\bLLaVA\b/i, /\bvisual question answering\b/i, /\bimage-text\b/i],
  },
  {
    slug: "video",
    name: "Video",
    description: "Video understanding and generation.",
    patterns: [/\bvideos?\b(?! games?)/i],
    strong: [/\btext-to-video\b/i, /\bvideo (?:generation|understanding)\b/i],
  },
  {
    slug: "computer-vision",
    name: "Computer vision",
    description: "Perception from images: detection, segmentation, classification, tracking, visual adaptation.",
    patterns: [
      // Bare "detection" is fake-news, hate-speech and anomaly detection as often as visual: say what is detected.
      /\b(?:object|face|pedestrian|lane|keypoint|landmark|edge|salient object|small object|[23]D) detection\b/i,
      // Bare "segmentation" is also of words, tokens, EEG or music.
      /\b(?:semantic|instance|panoptic|image|video|object|lesion|tumou?r|organ|cell|part|scene|3D) segmentation\b/i,
      /\bimage classification\b/i,
      /\bvisual (?:recognition|domain|prompts?)\b/i,
      /\bpose estimation\b/i,
      /\b(?:object|visual|multi-object) tracking\b/i,
      /\b(?<!audio |speech )super-resolution\b/i,
      /\b(?:optical flow|scene flow|depth estimation|remote sensing)\b/i,
      /\bimage (?:restoration|enhancement|recognition|deblurring|dehazing)\b/i,
    ],
    strong: [/\bImageNet\b/i, /\bCIFAR(?:-\d+)?\b/i, /\bvision transformers?\b/i, /\bViT\b/],
  },
  {
    slug: "nlp",
    name: "NLP & language",
    description:
      "Language as the subject: dialogue, summarisation, translation, linguistics, pretraining of language models.",
    // "language model" alone is in most abstracts of this field, so the rules look for NLP tasks instead.
    patterns: [
      /\bdialog(?:ue)?s?\b/i,
      /\bconversations?\b/i,
      /\bsummari[sz]ation\b/i,
      // Image-to-image (I2I, stain) and camera translation, and visual question answering, are vision tasks.
      /\b(?<!image |video |style |domain |I2I |camera |stain )translation\b/i,
      /\b(?<!visual |video |multimodal )question answering\b/i,
      /\blinguistics?\b/i,
      /\brole-playing\b/i,
      /\blanguage acquisition\b/i,
      /\bmetaphor(?:s|ic|ical)?\b/i,
      /\bnatural language processing\b/i,
      /\bNLP\b/,
    ],
    strong: [/\bsemantic parsing\b/i, /\bmachine translation\b/i],
    titleOnly: [
      /\bpre-?train(?:ed|ing)? language models?\b/i,
      /\blanguage learning\b/i,
      /\btopic modell?ing\b/i,
      /\bgrounded language\b/i,
    ],
  },
  {
    slug: "code",
    name: "Code generation",
    description: 'Models that write or reason about programs. ("Code is available" does not count.)',
    patterns: [
      /\bcode generation\b/i,
      /\bprogram synthesis\b/i,
      /\bsoftware engineering\b/i,
      // Linear, integer, dynamic … programming is optimisation, and answer set or logic programming knowledge
      // representation, not code (topic audit).
      /\b(?<!(?:linear|integer|dynamic|quadratic|convex|semidefinite|mathematical|geometric|nonlinear|stochastic|genetic|conic|answer set|logic(?:al)?|linguistic) )programming\b/i,
    ],
    strong: [/\bHumanEval\b/i, /\bMBPP\b/i, /\bcode (?:LLMs?|models?)\b/i],
  },
  {
    slug: "robotics",
    name: "Robotics & embodied AI",
    description: "Robots, embodied agents, imitation learning and transfer from simulation to reality.",
    patterns: [
      /\brobots?\b/i,
      /\bembodied\b/i,
      /\bimitation learning\b/i,
      /\blocomotion\b/i,
      // Bare "manipulation" is as often image, media or qubit manipulation. "GRASP" (all caps) is an acronym.
      /\b(?:robotic|object|dexterous|mobile|bimanual|in-hand|deformable) manipulation\b/i,
      /\bmanipulation (?:tasks?|policies|skills)\b/i,
      /\b[Gg]rasp(?:s|ing)?\b/,
      /\b(?:quadruped|humanoid|legged)\b/i,
    ],
    strong: [
      /\brobotics?\b/i,
      /\bsim(?:ulators?|ulation)?[- ]to[- ]real(?:ity)?\b/i,
      /\breality gap\b/i,
      /\bdomain randomi[sz]ation\b/i,
    ],
  },
  {
    slug: "neuroscience",
    name: "Neuroscience & cognitive science",
    description: "Work drawing on or modelling the brain, human cognition and psychology.",
    patterns: [
      // Brain tumours and lesions are medical imaging (Healthcare), not neuroscience; so are segmenting brain
      // tissue or vessels and traumatic brain injury (topic audit).
      // "Brain-inspired" designs are analogies and Optimal Brain Damage/Surgeon is pruning (topic audit).
      /\b(?<!Optimal )brain\b(?! (?:tumou?rs?|lesions?|h(?:a)?emorrhages?|hematomas?|metastas[ei]s|MRI|atlas(?:es)?|stroke|images?|imaging|injur(?:y|ies)|vessels?|(?:[\w-]+ ){0,2}segmentation)\b|-shift|-inspired)/i,
      // "Cognitive memory/agents/reasoning" in LLM titles is a metaphor; these name cognition itself. A model's
      // "machine", "human-like", "visual" (not human visual) or "emotion" cognition is a metaphor too (topic audit).
      /\bcognitive (?:psychology|models?|modell?ing|process(?:es|ing)|bias(?:es)?|load|abilities|development|impairment|decline|maps?)\b/i,
      /\b(?<!machine |human-like |(?<!human )visual |emotion |emotional )cognition\b/i,
      // "Psychology-inspired" designs and a model's "psychology" in quotes are analogies; psychological
      // counselling is a mental-health application (topic audit).
      /\b(?<!")psycholog(?:y|ical)\b(?!"|-inspired|-informed| (?:support|well-being|distress|stereotypes?|counsell?(?:ing|ors?))\b)/i,
      // "Human behaviour understanding" in video is action recognition (topic audit).
      /\bhuman behaviou?r\b(?! (?:understanding|recognition)\b)/i,
      /\bneural (?:mechanisms|responses|dynamics|recordings)\b/i,
    ],
    strong: [
      /\bneuroscience\b/i,
      /\bcognitive science\b/i,
      /\bneurophysiolog(?:y|ical)\b/i,
      /\bHebbian\b/i,
      /\bbiologically plausible\b/i,
      // CORTEX in capitals, or an ARM Cortex processor, is a product name (topic audit): case-sensitive.
      /\b(?<!ARM )(?:[Cc]ort(?:ex|ical)|CORTICAL)\b/,
    ],
    // A model's reasoning "via mental imagery", or "machine mental imagery", is a metaphor (topic audit).
    titleOnly: [
      /\bhomeosta(?:sis|tic)\b/i,
      /\b(?<!\bvia (?:[\w-]+ )?|\bmachine )mental\b(?![- ](?:health|illness|disorders?|manipulation)\b|-\w)/i,
    ],
    fields: ["computing", "biology"],
  },
  {
    slug: "science-health",
    name: "Healthcare & science",
    description: "Applications in medicine, mental health, biology, chemistry, and AI for scientific discovery.",
    patterns: [
      // Medical insurance is insurance; "biological(-inspired) signals" are a design metaphor (topic audit).
      /\bmedic(?:al|ine)\b(?! insurance)/i,
      /\bclinical\b/i,
      /\bhealth(?:care)?\b/i,
      /\bpatients?\b/i,
      /\bbiolog(?:y|ical)\b(?![- ](?:inspired|signals?|plausib\w*)\b)/i,
      /\bchemistry\b/i,
    ],
    strong: [
      /\bbiomedical\b/i,
      /\bpsycho(?:therapy|therapeutic|-?counseling)\b/i,
      /\bmental health\b/i,
      /\bproteins?\b/i,
      /\bmolecul(?:e|es|ar)\b/i,
      /\bscientific discovery\b/i,
      /\bresearch (?:ideas?|ideation)\b/i,
    ],
    fields: ["computing", "biology"],
  },
  {
    slug: "mathematics",
    name: "Mathematics",
    description: "Pure and applied mathematics: analysis and PDEs, geometry, probability, numerical analysis.",
    patterns: [
      /\btheorems?\b/i,
      /\blemmas?\b/i,
      /\bmanifolds?\b/i,
      /\bBanach\b/,
      /\bHilbert\b/,
      /\bSobolev\b/,
      /\bwell-posedness\b/i,
      /\bboundary value problems?\b/i,
    ],
    strong: [
      /\bpartial differential equations?\b/i,
      /\bPDEs?\b/,
      /\bNavier-Stokes\b/i,
      /\bSchr(?:ö|oe)dinger equations?\b/i,
      /\bweak solutions?\b/i,
      /\bglobal existence\b/i,
      /\bblow-?up\b/i,
      /\bRiemannian\b/i,
      /\belliptic equations?\b/i,
    ],
    fields: ["mathematics"],
  },
  {
    slug: "physics",
    name: "Physics",
    description: "Physics beyond ML: quantum systems, condensed matter, materials, optics, astrophysics.",
    patterns: [
      /\bquantum\b(?!-inspired)/i,
      /\bphonons?\b/i,
      /\bspin\b/i,
      /\bmagnetic\b/i,
      /\blattice\b/i,
      /\bsuperconduct(?:or|ing|ivity)\b/i,
    ],
    strong: [
      /\bqubits?\b/i,
      /\bcondensed matter\b/i,
      /\bband structure\b/i,
      /\bferromagnet(?:ic|s)?\b/i,
      /\bdensity functional theory\b/i,
    ],
    fields: ["physics"],
  },
];
